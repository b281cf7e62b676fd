using System.Globalization;
using System.Net;
using System.Text;

namespace Tsunagu.Tests.Payments;

/// <summary>
/// A hand-written stand-in for GMO-PG's idPass API: EntryTran, ExecTran, SearchTrade and AlterTran with the request
/// fields and <c>Key=Value&amp;…</c> replies of the public clients (docs/payments.md). Test tokens decide the outcome:
/// <see cref="DeclinedToken"/> is refused with 42G020000, <see cref="TimeoutToken"/> charges and then never answers,
/// <see cref="GarbledToken"/> charges and answers with an HTML page.
/// </summary>
public sealed class FakeGmoServer(string shopId = FakeGmoServer.ShopId, string shopPass = FakeGmoServer.ShopPass) : HttpMessageHandler
{
    public const string ShopId = "tshop00000001";
    public const string ShopPass = "fakepass";
    public const string DeclinedToken = "tok-declined";
    public const string TimeoutToken = "tok-timeout";
    public const string GarbledToken = "tok-garbled";

    public sealed class Order
    {
        public required string OrderId { get; init; }
        public required string AccessId { get; init; }
        public required string AccessPass { get; init; }
        public long Amount { get; init; }
        public string Status { get; set; } = "UNPROCESSED";
        public string? TranId { get; set; }
        public string ProcessDate { get; set; } = "";
    }

    public Dictionary<string, Order> Orders { get; } = new(StringComparer.Ordinal);
    public List<(string Api, Dictionary<string, string> Form)> Requests { get; } = [];

    /// <summary>How many times money moved: successful ExecTran and AlterTran calls.</summary>
    public int Charges { get; private set; }
    public int Refunds { get; private set; }

    /// <summary>SearchTrade reports every order as UNPROCESSED (a read racing another node's charge).</summary>
    public bool StaleSearch { get; set; }

    /// <summary>Every reply is an unreadable body from now on (a proxy's error page).</summary>
    public bool Garbled { get; set; }

    /// <summary>The day GMO records for a charge (yyyyMMdd, Japan time); a VOID is accepted only on that day.</summary>
    public string Today { get; set; } = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var api = request.RequestUri!.AbsolutePath.Split('/')[^1];
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p.Length > 1 ? p[1] : ""), StringComparer.Ordinal);
        lock (Requests)
        {
            Requests.Add((api, form));
        }
        if (Garbled)
        {
            return Reply("<html><body>Service Temporarily Unavailable</body></html>");
        }
        if (api is "EntryTran.idPass" or "SearchTrade.idPass" or "AlterTran.idPass" && (form.GetValueOrDefault("ShopID") != shopId || form.GetValueOrDefault("ShopPass") != shopPass))
        {
            return Error("E01", "E01030002");
        }
        return api switch
        {
            "EntryTran.idPass" => EntryTran(form),
            "ExecTran.idPass" => await ExecTranAsync(form, cancellationToken),
            "SearchTrade.idPass" => SearchTrade(form),
            "AlterTran.idPass" => AlterTran(form),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    private HttpResponseMessage EntryTran(Dictionary<string, string> form)
    {
        var orderId = form.GetValueOrDefault("OrderID", "");
        if (orderId.Length is 0 or > 27 || !orderId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return Error("E01", "E01040013");
        }
        if (Orders.ContainsKey(orderId))
        {
            return Error("E01", "E01040010");
        }
        if (form.GetValueOrDefault("JobCd") != "CAPTURE" || !long.TryParse(form.GetValueOrDefault("Amount"), CultureInfo.InvariantCulture, out var amount))
        {
            return Error("E01|E01", "E01050002|E01060006");
        }
        var order = new Order { OrderId = orderId, AccessId = Guid.NewGuid().ToString("N"), AccessPass = Guid.NewGuid().ToString("N"), Amount = amount };
        Orders[orderId] = order;
        return Reply($"AccessID={order.AccessId}&AccessPass={order.AccessPass}");
    }

    private async Task<HttpResponseMessage> ExecTranAsync(Dictionary<string, string> form, CancellationToken ct)
    {
        if (!Orders.TryGetValue(form.GetValueOrDefault("OrderID", ""), out var order) || order.AccessId != form.GetValueOrDefault("AccessID") || order.AccessPass != form.GetValueOrDefault("AccessPass"))
        {
            return Error("E01", "E01110002");
        }
        if (order.Status != "UNPROCESSED")
        {
            return Error("E11", "E11010001");
        }
        if (form.GetValueOrDefault("Method") != "1" || form.ContainsKey("CardNo"))
        {
            return Error("E01", "E01260002");
        }
        var token = form.GetValueOrDefault("Token", "");
        if (token == DeclinedToken)
        {
            return Error("G02", "42G020000");
        }
        (order.Status, order.TranId, order.ProcessDate) = ("CAPTURE", "TRAN" + Guid.NewGuid().ToString("N")[..24], Today + "120000");
        Charges++;
        if (token == TimeoutToken)
        {
            // The money moved; the answer never arrives before the client gives up.
            await Task.Delay(Timeout.Infinite, ct);
        }
        if (token == GarbledToken)
        {
            return Reply("<html>502 Bad Gateway</html>");
        }
        return Reply($"ACS=0&OrderID={order.OrderId}&Forward=2a99662&Method=1&PayTimes=&Approve=8215424&TranID={order.TranId}&TranDate={order.ProcessDate}&CheckString=x");
    }

    private HttpResponseMessage SearchTrade(Dictionary<string, string> form) =>
        Orders.TryGetValue(form.GetValueOrDefault("OrderID", ""), out var o)
            ? Reply($"OrderID={o.OrderId}&Status={(StaleSearch ? "UNPROCESSED" : o.Status)}&ProcessDate={o.ProcessDate}&JobCd={o.Status}&AccessID={o.AccessId}&AccessPass={o.AccessPass}&Amount={o.Amount}&Tax=0&TranID={o.TranId}&Approve=8215424&Method=1")
            : Error("E01", "E01110002");

    private HttpResponseMessage AlterTran(Dictionary<string, string> form)
    {
        var order = Orders.Values.FirstOrDefault(o => o.AccessId == form.GetValueOrDefault("AccessID") && o.AccessPass == form.GetValueOrDefault("AccessPass"));
        if (order is null)
        {
            return Error("E01", "E01110002");
        }
        var jobCd = form.GetValueOrDefault("JobCd");
        var sameDay = order.ProcessDate.StartsWith(Today, StringComparison.Ordinal);
        if (order.Status is not ("CAPTURE" or "SALES") || jobCd is not ("VOID" or "RETURN") || (jobCd == "VOID") != sameDay)
        {
            return Error("E01", "E01050004");
        }
        (order.Status, order.TranId) = (jobCd, "TRAN" + Guid.NewGuid().ToString("N")[..24]);
        Refunds++;
        return Reply($"AccessID={order.AccessId}&AccessPass={order.AccessPass}&Forward=2a99662&Approve=8215424&TranID={order.TranId}&TranDate={Today}130000");
    }

    private static HttpResponseMessage Error(string code, string info) => Reply($"ErrCode={code}&ErrInfo={info}");

    private static HttpResponseMessage Reply(string text) =>
        new(HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.ASCII.GetBytes(text)) };
}
