using NetArchTest.Rules;
using Tsunagu.Web.Platform;

namespace Tsunagu.Tests.Architecture;

public sealed class ModuleBoundaryTests
{
    private const string Root = "Tsunagu.Web";
    private static readonly System.Reflection.Assembly s_web = typeof(PlatformModule).Assembly;

    /// <summary>Every top-level folder except Platform is a module (Residents, and those that follow).</summary>
    private static List<string> ModuleNames() =>
        s_web.GetTypes().Select(t => t.Namespace ?? "")
            .Where(n => n.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(n => n.Split('.')[2]).Distinct()
            .Where(m => m is not "Platform" && !m.StartsWith("Pages", StringComparison.Ordinal))
            .ToList();

    public static TheoryData<string> Modules() => new(ModuleNames());

    [Fact]
    public void Platform_DependsOnNoModule()
    {
        var modules = ModuleNames().Select(m => $"{Root}.{m}").ToArray();

        var result = Types.InAssembly(s_web).That().ResideInNamespace($"{Root}.Platform").ShouldNot().HaveDependencyOnAny(modules).GetResult();

        Assert.True(result.IsSuccessful, "Platform uses a module: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_UsesOtherModulesOnlyThroughContracts(string module)
    {
        var others = ModuleNames().Where(m => m != module).ToList();
        var offenders = new List<string>();
        foreach (var other in others)
        {
            var result = Types.InAssembly(s_web).That().ResideInNamespace($"{Root}.{module}")
                .ShouldNot().HaveDependencyOn($"{Root}.{other}").GetResult();
            // A dependency on the other module's Contracts namespace is allowed; anything else is not.
            var bad = (result.FailingTypes ?? []).Where(t => UsesNonContract(t, $"{Root}.{other}"));
            offenders.AddRange(bad.Select(t => $"{t.FullName} → {other}"));
        }
        Assert.True(offenders.Count == 0, "Module boundary broken: " + string.Join("; ", offenders));
    }

    [Fact]
    public void Modules_AreFound() => Assert.Contains("Residents", ModuleNames());

    private static bool UsesNonContract(Type type, string otherNamespace)
    {
        var contracts = otherNamespace + ".Contracts";
        var check = Types.InAssembly(s_web).That().HaveName(type.Name).And().ResideInNamespace(type.Namespace!)
            .ShouldNot().HaveDependencyOnAny(Types.InAssembly(s_web).That().ResideInNamespace(otherNamespace)
                .And().DoNotResideInNamespace(contracts).GetTypes().Select(t => t.FullName!).ToArray())
            .GetResult();
        return !check.IsSuccessful;
    }
}
