namespace Tsunagu.Web.MyNumberCard.Contracts;

/// <summary>
/// Sex as card certificates carry it (ISO 5218: 1 male, 2 female, 9 not applicable) and as the registry writes it
/// (男 / 女). One mapping, so linking, the counter read and the staff pages agree.
/// </summary>
public static class CardSex
{
    /// <summary>男 or 女 for codes 1 and 2; null for any other code.</summary>
    public static string? Name(string code) => code switch { "1" => "男", "2" => "女", _ => null };

    /// <summary>1 for 男, 2 for 女, 9 otherwise.</summary>
    public static string Code(string name) => name switch { "男" => "1", "女" => "2", _ => "9" };
}
