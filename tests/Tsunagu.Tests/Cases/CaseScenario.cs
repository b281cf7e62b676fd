using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Cases;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Messaging;

namespace Tsunagu.Tests.Cases;

/// <summary>A resident applies online to the test procedure (情報デジタル推進課) and the outbox turns it into a case.</summary>
public static class CaseScenario
{
    public const string Department = "digital";

    public static readonly Dictionary<string, string> Page1 = new()
    {
        ["name"] = "九重 花子",
        ["kana"] = "ココノエ ハナコ",
        ["birth"] = "昭和55年4月1日",
        ["postal"] = "879-4911",
        ["address"] = "大分県玖珠郡九重町大字田野1番地",
        ["phone"] = "0973-76-0000",
    };

    public static readonly Dictionary<string, string> Page2 = new()
    {
        ["count"] = "1",
        ["purpose"] = "年金",
        ["method"] = "郵送",
        ["has-children"] = "no",
        ["agree"] = "yes",
    };

    /// <summary>Applies as the signed-in resident and returns the receipt number.</summary>
    public static async Task<string> ApplyAsync(HttpClient resident)
    {
        var page1 = await Html.SubmitFormAsync(resident, "/procedures/test-every-field/apply", []);
        var page2 = await Html.SubmitFormAsync(resident, page1, Page1);
        var review = await Html.SubmitFormAsync(resident, page2, Page2);
        var done = await Html.SubmitFormAsync(resident, review, new() { ["declaration"] = "yes" });
        return done.Document.QuerySelector(".receipt")!.TextContent.Trim();
    }

    /// <summary>Delivers every due outbox message, and the messages those handlers publish in turn.</summary>
    public static Task DispatchAsync(TsunaguFactory factory) =>
        factory.WithScopeAsync(async sp =>
        {
            for (var round = 0; round < 5 && await sp.GetRequiredService<OutboxProcessor>().DispatchDueAsync() > 0; round++)
            {
            }
        });

    public static Task<CaseFile> CaseOfAsync(TsunaguFactory factory, string receiptNumber) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<TsunaguDb>().Set<CaseFile>().AsNoTracking().SingleAsync(c => c.SourceReference == receiptNumber));

    /// <summary>A resident applies and the case is opened; returns the resident's client, e-mail and the case.</summary>
    public static async Task<(HttpClient Resident, string Email, CaseFile Case)> OpenedAsync(TsunaguFactory factory)
    {
        var (resident, email) = await ResidentLogin.SignedInClientAsync(factory);
        var receipt = await ApplyAsync(resident);
        await DispatchAsync(factory);
        return (resident, email, await CaseOfAsync(factory, receipt));
    }
}
