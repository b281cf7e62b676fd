using System.Text;

namespace Tsunagu.Web.Platform.StaffIdentity.SignIn;

internal static class TotpCode
{
    /// <summary>Accepts full-width digits and spaces (Japanese IMEs produce them) and keeps the digits.</summary>
    public static string Normalise(string code) =>
        new(code.Normalize(NormalizationForm.FormKC).Where(char.IsAsciiDigit).ToArray());
}
