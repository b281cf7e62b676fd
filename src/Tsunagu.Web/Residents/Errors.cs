namespace Tsunagu.Web.Residents;

/// <summary>An expected refusal of a registry change, with the message staff see.</summary>
public abstract record RegistryError(string Message);

public sealed record NotAResident() : RegistryError("この方は現在、住民として登録されていません。");
public sealed record DateBeforeResidency() : RegistryError("異動日が、生年月日または住民となった日より前になっています。");
public sealed record HeadMustBeMember() : RegistryError("世帯主には、この世帯に住んでいる方を選んでください。");
public sealed record TooYoungForSeal() : RegistryError("印鑑登録は15歳以上の方ができます。");
public sealed record SealAlreadyRegistered() : RegistryError("この方は既に印鑑を登録しています。登録できる印鑑は1人1つです。");
public sealed record SealAlreadyAbolished() : RegistryError("この印鑑登録は既に廃止されています。");

public sealed record RegistryResult(RegistryError? Error)
{
    public static readonly RegistryResult Ok = new((RegistryError?)null);
    public bool Succeeded => Error is null;
    public static RegistryResult Fail(RegistryError error) => new(error);
}

public sealed record RegistryResult<T>(T? Value, RegistryError? Error)
{
    public bool Succeeded => Error is null;
    public static implicit operator RegistryResult<T>(T value) => new(value, null);
    public static implicit operator RegistryResult<T>(RegistryError error) => new(default, error);
}
