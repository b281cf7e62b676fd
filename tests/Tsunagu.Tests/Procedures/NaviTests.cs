using Tsunagu.Tests.Support;
using Tsunagu.Web.Procedures.Catalogue;
using Tsunagu.Web.Procedures.Navi;

namespace Tsunagu.Tests.Procedures;

public sealed class NaviTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    [Fact]
    public async Task Result_BirthAndMoveIn_ListsEachEventsProceduresWithLinksAndFees()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/navi/result?events=" + Uri.EscapeDataString("出生") + "&events=" + Uri.EscapeDataString("転入") + "&children=yes");

        var headings = page.Document.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["出生", "転入"], headings);
        Assert.NotNull(page.Document.QuerySelector("a[href='/procedures/test-every-field/apply']"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/procedures/test-juminhyo']"));
        Assert.Contains("手数料 300円", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Result_NoEvent_AsksToGoBack()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/navi/result?events=" + Uri.EscapeDataString("<script>"));

        Assert.NotNull(page.Document.QuerySelector("main a[href='/navi']"));
    }

    [Fact]
    public void Plan_NoChildren_DropsChildcareExceptAtBirth()
    {
        var childcare = new ProcedureDefinition { Id = "hoiku", Category = "子育て", LifeEvents = ["転入", "出生"], Published = true, Reading = "ほいく" };

        var moveIn = NaviPlanner.Plan([childcare], NaviAnswers.From(["転入"], "no", null, null, null));
        var birth = NaviPlanner.Plan([childcare], NaviAnswers.From(["出生"], "no", null, null, null));

        Assert.Empty(moveIn[0].Items);
        Assert.Single(birth[0].Items);
    }
}
