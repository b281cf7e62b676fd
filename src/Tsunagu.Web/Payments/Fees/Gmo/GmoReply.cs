using System.Net;
using System.Text;

namespace Tsunagu.Web.Payments.Fees.Gmo;

/// <summary>
/// One answer of GMO-PG's idPass protocol: <c>Key=Value&amp;Key=Value</c>; errors as
/// <c>ErrCode=E01|E01&amp;ErrInfo=E01010001|E01020001</c> (one code per problem). A body that is not in that shape
/// (an HTML error page from a proxy, an empty body) is <see cref="IsMalformed"/>, never an exception.
/// </summary>
public sealed class GmoReply
{
    /// <summary>The OrderID was used before (EntryTran): the charge exists, ask SearchTrade instead of charging again.</summary>
    public const string DuplicateOrder = "E01040010";

    /// <summary>ExecTran on an order already charged: the money moved, by another attempt.</summary>
    public const string AlreadySettled = "E11010001";

    private readonly Dictionary<string, string> _values;

    private GmoReply(Dictionary<string, string> values, bool malformed)
    {
        _values = values;
        IsMalformed = malformed;
        ErrorCodes = values.TryGetValue("ErrInfo", out var info) ? [.. info.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [];
    }

    public bool IsMalformed { get; }
    public IReadOnlyList<string> ErrorCodes { get; }
    public bool IsError => IsMalformed || ErrorCodes.Count > 0 || _values.ContainsKey("ErrCode");

    public string? this[string key] => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public bool Has(string errorCode) => ErrorCodes.Contains(errorCode, StringComparer.Ordinal);

    /// <summary>Card-company refusals (G02 残高不足, G12 カード使用不可, G22 期限切れ…) are 42G…; they are the resident's to fix.</summary>
    public bool IsDeclined => ErrorCodes.Any(c => c.StartsWith("42G", StringComparison.Ordinal)) || Has("E61010002") || Has("E41170002") || Has("E41170099");

    /// <summary>The gateway was busy or lost its own connection (E90/E91/E92): the money may have moved.</summary>
    public bool IsGatewayTrouble => ErrorCodes.Any(c => c.StartsWith("E90", StringComparison.Ordinal) || c.StartsWith("E91", StringComparison.Ordinal) || c.StartsWith("E92", StringComparison.Ordinal));

    /// <summary>For logs and staff: the codes, or that the reply could not be read. Never card data (the gateway returns none).</summary>
    public string Describe() => IsMalformed ? "unreadable reply" : ErrorCodes.Count > 0 ? string.Join('|', ErrorCodes) : _values.GetValueOrDefault("ErrCode", "ok");

    public static GmoReply Parse(byte[] body) => Parse(s_shiftJis.GetString(body));

    public static GmoReply Parse(string body)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = body.Trim();
        if (text.Length == 0)
        {
            return new GmoReply(values, malformed: true);
        }
        foreach (var pair in text.Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? pair[..equals] : "";
            if (key.Length == 0 || !key.All(char.IsAsciiLetterOrDigit))
            {
                return new GmoReply([], malformed: true);
            }
            values[key] = WebUtility.UrlDecode(pair[(equals + 1)..]);
        }
        return new GmoReply(values, malformed: false);
    }

    // The protocol's character set is Shift_JIS (free-text fields such as ClientField are sent in it); replies carry
    // ASCII codes and ids, so a lenient decoder is enough and a stray byte never throws.
    private static readonly Encoding s_shiftJis = CreateShiftJis();

    private static Encoding CreateShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }
}
