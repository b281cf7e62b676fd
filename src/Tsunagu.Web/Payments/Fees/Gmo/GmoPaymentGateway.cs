using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Polly;
using Polly.Retry;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Payments.Fees.Gmo;

/// <summary>
/// GMO Payment Gateway (PGマルチペイメントサービス), protocol type idPass: EntryTran registers the order, ExecTran charges
/// the card token made in the browser, SearchTrade reads an order's state, AlterTran voids or returns it. The OrderID
/// comes from the charge's idempotency key, so a retried charge meets the duplicate-order error and is looked up, never
/// charged again. What was checked against public sources, and what was not, is in docs/payments.md.
/// </summary>
public sealed class GmoPaymentGateway(HttpClient http, GmoOptions options, TimeProvider clock, ILogger<GmoPaymentGateway> logger) : IPaymentProvider
{
    // Only the read is retried: a repeated ExecTran or AlterTran could move money again.
    private static readonly ResiliencePipeline s_readRetry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<GatewayUnreachableException>(),
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
        })
        .Build();

    private static readonly string[] s_charged = ["CAPTURE", "SALES", "AUTH"];
    private static readonly string[] s_refunded = ["VOID", "RETURN", "RETURNX"];

    public string Name => "GMOペイメントゲートウェイ";

    public CardTokenScript? TokenScript => new(options.TokenScriptUrl!, options.ShopId!);

    /// <summary>27 characters of [A-Z0-9-] (the OrderID limit), the same for every retry of one charge.</summary>
    public static string OrderIdFor(string idempotencyKey) =>
        "TSU-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..23];

    public async Task<ChargeResult> ChargeAsync(string idempotencyKey, long amount, string description, string paymentToken, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(paymentToken) || paymentToken.Length > 200)
        {
            return GmoMessages.Declined(GmoMessages.NoToken);
        }
        var orderId = OrderIdFor(idempotencyKey);
        GmoReply entry;
        try
        {
            entry = await PostAsync("EntryTran.idPass", Shop(("OrderID", orderId), ("JobCd", "CAPTURE"), ("Amount", amount.ToString(CultureInfo.InvariantCulture))), ct);
        }
        catch (GatewayUnreachableException)
        {
            // EntryTran only registers the order: no money has moved, and the next attempt finds the order.
            return GmoMessages.Declined(GmoMessages.Unreachable);
        }
        var (accessId, accessPass) = (entry["AccessID"], entry["AccessPass"]);
        if (entry.Has(GmoReply.DuplicateOrder))
        {
            var trade = await SearchAsync(orderId, ct);
            if (trade is null)
            {
                return new ChargeResult(ChargeOutcome.TimedOut, null, "SearchTrade did not answer after a duplicate order");
            }
            if (IsIn(trade, s_charged))
            {
                return new ChargeResult(ChargeOutcome.Succeeded, ReferenceOf(trade, orderId), null);
            }
            if (trade["Status"] != "UNPROCESSED")
            {
                return GmoMessages.Declined(GmoMessages.NotPayable);
            }
            (accessId, accessPass) = (trade["AccessID"], trade["AccessPass"]);
        }
        else if (entry.IsError)
        {
            logger.LogWarning("GMO EntryTran for {OrderId} refused: {Codes}", orderId, entry.Describe());
            return GmoMessages.Declined(entry.IsGatewayTrouble || entry.IsMalformed ? GmoMessages.Unreachable : GmoMessages.NotReady);
        }
        if (accessId is null || accessPass is null)
        {
            logger.LogWarning("GMO EntryTran for {OrderId} gave no AccessID", orderId);
            return GmoMessages.Declined(GmoMessages.NotReady);
        }
        return await ExecuteAsync(orderId, accessId, accessPass, paymentToken, ct);
    }

    private async Task<ChargeResult> ExecuteAsync(string orderId, string accessId, string accessPass, string token, CancellationToken ct)
    {
        GmoReply exec;
        try
        {
            exec = await PostAsync("ExecTran.idPass", [("AccessID", accessId), ("AccessPass", accessPass), ("OrderID", orderId), ("Method", "1"), ("Token", token)], ct);
        }
        catch (GatewayUnreachableException ex)
        {
            return new ChargeResult(ChargeOutcome.TimedOut, null, "ExecTran: " + ex.Message);
        }
        // E11010001 (already settled): another node or an earlier attempt charged this order after our SearchTrade.
        if (exec.IsMalformed || exec.IsGatewayTrouble || exec.Has(GmoReply.AlreadySettled))
        {
            // The card may have been charged although the answer is unusable: settled later by SearchTrade.
            logger.LogWarning("GMO ExecTran for {OrderId} answered {Codes}", orderId, exec.Describe());
            return new ChargeResult(ChargeOutcome.TimedOut, null, "ExecTran: " + exec.Describe());
        }
        if (exec.IsError)
        {
            logger.LogInformation("GMO ExecTran for {OrderId} declined: {Codes}", orderId, exec.Describe());
            return GmoMessages.Declined(GmoMessages.ForResident(exec));
        }
        return new ChargeResult(ChargeOutcome.Succeeded, ReferenceOf(exec, orderId), null);
    }

    public async Task<string?> StatusAsync(string idempotencyKey, CancellationToken ct)
    {
        var orderId = OrderIdFor(idempotencyKey);
        return await SearchAsync(orderId, ct) is { } trade && IsIn(trade, s_charged) ? ReferenceOf(trade, orderId) : null;
    }

    public async Task<RefundResult> RefundAsync(string idempotencyKey, long amount, CancellationToken ct)
    {
        var orderId = OrderIdFor(idempotencyKey);
        var trade = await SearchAsync(orderId, ct);
        if (trade is null)
        {
            return RefundResult.Failed(GmoMessages.RefundUnknown);
        }
        if (IsIn(trade, s_refunded))
        {
            return RefundResult.Done(ReferenceOf(trade, orderId));
        }
        if (!IsIn(trade, s_charged) || trade["AccessID"] is not { } accessId || trade["AccessPass"] is not { } accessPass)
        {
            return RefundResult.Failed($"決済会社の記録では、返金できる状態ではありません（{trade["Status"] ?? "不明"}）。");
        }
        // 取消 (VOID) on the day of the sale, 返品 (RETURN) after it; when the gateway disagrees, the other is tried once.
        var first = IsToday(trade["ProcessDate"]) ? "VOID" : "RETURN";
        foreach (var jobCd in new[] { first, first == "VOID" ? "RETURN" : "VOID" })
        {
            GmoReply alter;
            try
            {
                alter = await PostAsync("AlterTran.idPass", Shop(("AccessID", accessId), ("AccessPass", accessPass), ("JobCd", jobCd)), ct);
            }
            catch (GatewayUnreachableException)
            {
                return RefundResult.Failed(GmoMessages.RefundUnknown);
            }
            if (!alter.IsError)
            {
                return RefundResult.Done(alter["TranID"] ?? ReferenceOf(trade, orderId));
            }
            logger.LogWarning("GMO AlterTran {JobCd} for {OrderId} refused: {Codes}", jobCd, orderId, alter.Describe());
            if (alter.IsMalformed || alter.IsGatewayTrouble)
            {
                return RefundResult.Failed(GmoMessages.RefundUnknown);
            }
        }
        return RefundResult.Failed("決済会社が返金を受け付けませんでした。決済会社の管理画面で取引を確かめてください。");
    }

    private async Task<GmoReply?> SearchAsync(string orderId, CancellationToken ct)
    {
        try
        {
            var trade = await s_readRetry.ExecuteAsync(async token => await PostAsync("SearchTrade.idPass", Shop(("OrderID", orderId)), token), ct);
            if (trade.IsError)
            {
                // Also the answer for an order never registered: nothing was charged under it.
                logger.LogInformation("GMO SearchTrade for {OrderId}: {Codes}", orderId, trade.Describe());
                return null;
            }
            return trade;
        }
        catch (GatewayUnreachableException ex)
        {
            logger.LogWarning("GMO SearchTrade for {OrderId} unreachable: {Problem}", orderId, ex.Message);
            return null;
        }
    }

    private async Task<GmoReply> PostAsync(string api, IEnumerable<(string Key, string Value)> fields, CancellationToken ct)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        try
        {
            using var response = await http.PostAsync(api, content, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new GatewayUnreachableException($"{api} answered HTTP {(int)response.StatusCode}");
            }
            return GmoReply.Parse(await response.Content.ReadAsByteArrayAsync(ct));
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new GatewayUnreachableException($"{api} did not answer within {http.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            throw new GatewayUnreachableException($"{api}: {ex.HttpRequestError}");
        }
    }

    private (string, string)[] Shop(params (string, string)[] fields) => [("ShopID", options.ShopId!), ("ShopPass", options.ShopPass!), .. fields];

    private static bool IsIn(GmoReply trade, string[] statuses) => trade["Status"] is { } status && statuses.Contains(status, StringComparer.Ordinal);

    private static string ReferenceOf(GmoReply reply, string orderId) => reply["TranID"] ?? orderId;

    private bool IsToday(string? processDate) =>
        processDate is { Length: >= 8 } && DateOnly.TryParseExact(processDate[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && day == JapanTime.Today(clock);
}

/// <summary>No usable answer in time (a timeout, a refused connection, an HTTP error status).</summary>
internal sealed class GatewayUnreachableException(string message) : Exception(message);
