namespace Tsunagu.Web.Procedures.Forms;

/// <summary>The field types of the form engine (catalog/procedures/README.md).</summary>
public static class FieldTypes
{
    public const string Text = "text";
    public const string Textarea = "textarea";
    public const string Katakana = "katakana";
    public const string Number = "number";
    public const string Money = "money";
    public const string Date = "date";
    public const string PostalCode = "postal-code";
    public const string Address = "address";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Select = "select";
    public const string Radio = "radio";
    public const string Checkbox = "checkbox";
    public const string YesNo = "yesno";
    public const string BankAccount = "bank-account";
    public const string File = "file";
    public const string Group = "group";
    public const string Consent = "consent";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        Text, Textarea, Katakana, Number, Money, Date, PostalCode, Address, Phone, Email,
        Select, Radio, Checkbox, YesNo, BankAccount, File, Group, Consent,
    };

    public static readonly IReadOnlySet<string> WithOptions = new HashSet<string> { Select, Radio, Checkbox };

    public static readonly IReadOnlyList<string> FileKinds = ["pdf", "jpeg", "png"];

    /// <summary>Default maximum length of text-like answers.</summary>
    public static int MaxLengthOf(Catalogue.FieldDefinition f) => f.MaxLength ?? (f.Type == Textarea ? 2000 : 200);
}
