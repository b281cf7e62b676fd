using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Tests.Support;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Tests.Procedures;

/// <summary>Other modules read the catalogue through IProcedureDirectory and see what the catalogue file says.</summary>
public sealed class ProcedureDirectoryTests(ProcedureFactory factory) : IClassFixture<ProcedureFactory>
{
    [Fact]
    public void Find_TestProcedure_GivesDepartmentFeeAndNestedFields()
    {
        var directory = factory.Services.GetRequiredService<IProcedureDirectory>();

        var found = directory.Find("test-every-field");

        Assert.NotNull(found);
        Assert.Equal(("digital", 300), (found.Department, found.Fee!.Value));
        var children = Assert.Single(found.Fields, f => f.Id == "children");
        Assert.Equal("group", children.Type);
        Assert.NotEmpty(children.Fields);
        Assert.Contains(directory.Published(), p => p.Id == "test-juminhyo" && p.Department == "jumin");
        Assert.Null(directory.Find("no-such-procedure"));
    }
}
