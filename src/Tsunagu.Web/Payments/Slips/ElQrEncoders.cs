namespace Tsunagu.Web.Payments.Slips;

/// <summary>Chooses the eL-QR encoder: the provisional one, or the class named by <c>Payments:ElQr:Encoder</c>.</summary>
public static class ElQrEncoders
{
    public static IElQrEncoder From(IConfiguration configuration)
    {
        if (configuration["Payments:ElQr:Encoder"] is not { Length: > 0 } typeName)
        {
            return new ProvisionalElQrEncoder();
        }
        var type = Type.GetType(typeName, throwOnError: false)
            ?? throw new Platform.Operations.StartupRefusedException($"the eL-QR encoder '{typeName}' (Payments:ElQr:Encoder) cannot be loaded");
        return Activator.CreateInstance(type) as IElQrEncoder
            ?? throw new Platform.Operations.StartupRefusedException($"'{typeName}' does not implement IElQrEncoder");
    }
}
