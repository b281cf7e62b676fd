using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Cases;
using Tsunagu.Web.Cases.Automation;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.StaffIdentity;

namespace Tsunagu.Tests.Cases;

public sealed class WorkflowFlowTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    [Fact]
    public async Task OnlineApplication_CorrectedByResidentAndCompleted_IsExportedAndResidentToldAtEachStep()
    {
        var (resident, email, opened) = await CaseScenario.OpenedAsync(factory);
        var staff = await StaffLogin.SignedInClientAsync(factory, CaseScenario.Department, StaffRoles.Examiner);
        var url = $"/staff/cases/{opened.Id}";
        await Html.SubmitFormAsync(staff, await Html.GetAsync(staff, url), new() { ["To"] = nameof(CaseStatus.InReview) });

        var correction = await Html.GetAsync(staff, url + "/correction");
        var asked = await Html.SubmitFormAsync(staff, correction, new() { ["Fields"] = "phone", ["Message"] = "電話番号の桁が足りません。日中に連絡のつく番号を入力してください。" });
        await CaseScenario.DispatchAsync(factory);
        var myPage = await Html.GetAsync(resident, $"/my/applications/{opened.ApplicationId}");
        var form = await Html.GetAsync(resident, $"/my/applications/{opened.ApplicationId}/correct");
        var fixedPage = await Html.SubmitFormAsync(resident, form, new() { ["phone"] = "0973-76-1234" });
        var again = await resident.PostAsync($"/my/applications/{opened.ApplicationId}/correct", new FormUrlEncodedContent([]));
        await CaseScenario.DispatchAsync(factory);

        Assert.Equal("補正依頼", asked.Document.QuerySelector("#case-status")!.TextContent);
        Assert.Contains("電話番号の桁が足りません", myPage.Document.QuerySelector("#correction-request")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(form.Document.QuerySelector("#f-phone"));
        Assert.Null(form.Document.QuerySelector("#f-name"));
        Assert.Null(fixedPage.Document.QuerySelector("#correction-request"));
        Assert.NotEqual(HttpStatusCode.InternalServerError, again.StatusCode);
        var afterFix = await Html.GetAsync(staff, url);
        Assert.Equal("補正済", afterFix.Document.QuerySelector("#case-status")!.TextContent);
        var record = afterFix.Document.QuerySelector(".correction-record")!.TextContent;
        Assert.Contains("0973-76-0000", record, StringComparison.Ordinal);
        Assert.Contains("0973-76-1234", record, StringComparison.Ordinal);

        await Html.SubmitFormAsync(staff, afterFix, new() { ["To"] = nameof(CaseStatus.InReview) });
        var done = await Html.SubmitFormAsync(staff, await Html.GetAsync(staff, url), new() { ["To"] = nameof(CaseStatus.Completed) });
        await CaseScenario.DispatchAsync(factory);

        Assert.Equal("完了", done.Document.QuerySelector("#case-status")!.TextContent);
        var folder = Path.Combine(factory.Database.DataDirectory, "exports", CaseScenario.Department);
        var csv = await File.ReadAllTextAsync(Path.Combine(folder, opened.Number + ".csv"), Encoding.UTF8);
        var lines = csv.TrimEnd().Split("\r\n");
        Assert.StartsWith("\"layout\",\"case_number\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"answer.phone\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"0973-76-1234\"", lines[1], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(folder, opened.Number + ".json")));
        Assert.Equal("tsunagu-case/1", json.RootElement.GetProperty("layout").GetString());
        Assert.Equal("完了", json.RootElement.GetProperty("outcome").GetString());
        var mails = MailBox.To(factory, email).Select(m => m.Subject).ToList();
        Assert.Contains(mails, s => s.Contains("補正のお願い", StringComparison.Ordinal));
        Assert.Contains(mails, s => s.Contains("完了", StringComparison.Ordinal));
        var history = (await Html.GetAsync(resident, $"/my/applications/{opened.ApplicationId}")).Document.QuerySelector("main ol")!.TextContent;
        Assert.Contains("補正のお願い", history, StringComparison.Ordinal);
        Assert.Contains("完了", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportToUnreachableWebhook_IsRetriedAndShown_ThenReExportToFolderDelivers()
    {
        var (_, _, opened) = await CaseScenario.OpenedAsync(factory);
        await SetRulesAsync(r => r.ExportWebhook = "http://127.0.0.1:9/unreachable");
        var staff = await StaffLogin.SignedInClientAsync(factory, CaseScenario.Department, StaffRoles.Examiner);
        var url = $"/staff/cases/{opened.Id}";
        await Html.SubmitFormAsync(staff, await Html.GetAsync(staff, url), new() { ["To"] = nameof(CaseStatus.InReview) });
        await Html.SubmitFormAsync(staff, await Html.GetAsync(staff, url), new() { ["To"] = nameof(CaseStatus.Completed) });
        await CaseScenario.DispatchAsync(factory);

        var log = await Html.GetAsync(staff, "/staff/cases/exports");
        var row = log.Document.QuerySelectorAll("#exports tbody tr").Single(r => r.TextContent.Contains(opened.Number, StringComparison.Ordinal));
        Assert.Contains("再送待ち", row.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"[1-9]回失敗", row.TextContent);
        Assert.Contains("HttpRequestException", row.TextContent, StringComparison.Ordinal);

        await SetRulesAsync(r => r.ExportWebhook = null);
        var requeued = await Html.SubmitFormAsync(staff, log, new() { ["caseId"] = opened.Id.ToString() });
        await CaseScenario.DispatchAsync(factory);
        var file = Path.Combine(factory.Database.DataDirectory, "exports", CaseScenario.Department, opened.Number + ".csv");
        var first = await File.ReadAllBytesAsync(file);
        await Html.SubmitFormAsync(staff, await Html.GetAsync(staff, "/staff/cases/exports"), new() { ["caseId"] = opened.Id.ToString() });
        await CaseScenario.DispatchAsync(factory);

        Assert.Equal(HttpStatusCode.OK, requeued.Status);
        Assert.Equal(first, await File.ReadAllBytesAsync(file));
        var after = await Html.GetAsync(staff, "/staff/cases/exports");
        Assert.Equal(2, after.Document.QuerySelectorAll("#exports tbody tr").Count(r => r.TextContent.Contains(opened.Number, StringComparison.Ordinal) && r.TextContent.Contains("連携済み", StringComparison.Ordinal)));
        await SetRulesAsync(r => r.ExportWebhook = null);
    }

    [Fact]
    public async Task ExportToWebhook_PostsTheJsonLayoutOnceWithItsIdempotencyKey()
    {
        var (_, _, opened) = await CaseScenario.OpenedAsync(factory);
        var free = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        free.Start();
        var port = ((IPEndPoint)free.LocalEndpoint).Port;
        free.Stop();
        using var core = new System.Net.HttpListener();
        core.Prefixes.Add($"http://127.0.0.1:{port}/core/");
        core.Start();
        var received = Task.Run(async () =>
        {
            var context = await core.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var headers = (context.Request.Headers["Idempotency-Key"], context.Request.Headers["X-Tsunagu-Layout"], context.Request.ContentType);
            context.Response.StatusCode = 200;
            context.Response.Close();
            return (body, headers);
        });
        await SetRulesAsync(r => r.ExportWebhook = $"http://127.0.0.1:{port}/core/cases");
        try
        {
            var staff = await StaffLogin.SignedInClientAsync(factory, CaseScenario.Department, StaffRoles.Examiner);
            var url = $"/staff/cases/{opened.Id}";
            await Html.SubmitFormAsync(staff, await Html.GetAsync(staff, url), new() { ["To"] = nameof(CaseStatus.InReview) });
            await Html.SubmitFormAsync(staff, await Html.GetAsync(staff, url), new() { ["To"] = nameof(CaseStatus.Completed) });
            await CaseScenario.DispatchAsync(factory);

            var (body, (key, layout, contentType)) = await received.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains(opened.Number, body, StringComparison.Ordinal);
            Assert.StartsWith($"{opened.Id}:", key, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(layout));
            Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
            var log = await Html.GetAsync(staff, "/staff/cases/exports");
            var row = log.Document.QuerySelectorAll("#exports tbody tr").Single(r => r.TextContent.Contains(opened.Number, StringComparison.Ordinal));
            Assert.Contains("連携済み", row.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await SetRulesAsync(r => r.ExportWebhook = null);
        }
    }

    private Task SetRulesAsync(Action<ProcedureRules> change) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<TsunaguDb>();
        var rules = await db.Set<ProcedureRules>().SingleOrDefaultAsync(r => r.ProcedureId == "test-every-field");
        if (rules is null)
        {
            rules = ProcedureRules.Defaults("test-every-field", "情報");
            db.Add(rules);
        }
        change(rules);
        await db.SaveChangesAsync();
    });
}
