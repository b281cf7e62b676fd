using System.Globalization;

namespace Tsunagu.Web.Payments.Slips;

/// <summary>What an eL-QR carries: the eL番号 (収納機関番号, 納付番号, 確認番号, 納付区分) and, where the layout allows, amount and due date.</summary>
public sealed record ElNumber(string InstitutionNumber, string PaymentNumber, string ConfirmationNumber, string PaymentClass, long Amount, DateOnly DueOn);

/// <summary>
/// Builds the text of the 地方税統一QRコード. The official layout is given only to municipalities and their vendors
/// (specs.md §1.2), so the encoder is replaceable: set <c>Payments:ElQr:Encoder</c> to the assembly-qualified name of a
/// vendor's class implementing this interface and every slip uses it.
/// </summary>
public interface IElQrEncoder
{
    /// <summary>Shown on the staff settings page, so nobody mistakes a provisional layout for the official one.</summary>
    string LayoutName { get; }

    bool IsOfficial { get; }

    string Encode(ElNumber number);
}

/// <summary>
/// Tsunagu's provisional layout until the town's vendor supplies the official encoder: <c>ELQR1</c>, then the fields
/// separated by <c>|</c>: 収納機関番号 (5), 納付番号, 確認番号, 納付区分 (3), amount (yen), due date (YYYYMMDD). A bank's
/// eL-QR reader will not accept it; the platform's own tests and counter tools read it.
/// </summary>
public sealed class ProvisionalElQrEncoder : IElQrEncoder
{
    public const string Prefix = "ELQR1";

    public string LayoutName => "つなぐ暫定レイアウト ELQR1（公式仕様ではありません）";

    public bool IsOfficial => false;

    public string Encode(ElNumber number) => string.Join('|', Prefix, number.InstitutionNumber, number.PaymentNumber, number.ConfirmationNumber,
        number.PaymentClass, number.Amount.ToString(CultureInfo.InvariantCulture), number.DueOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    public static ElNumber? Decode(string text)
    {
        var p = text.Split('|');
        return p is [Prefix, var inst, var pay, var conf, var cls, var amount, var due]
            && long.TryParse(amount, CultureInfo.InvariantCulture, out var yen)
            && DateOnly.TryParseExact(due, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new ElNumber(inst, pay, conf, cls, yen, d)
            : null;
    }
}
