using Tsunagu.Web.Cases;
using Tsunagu.Web.Cases.Automation;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Procedures.Contracts;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Tests.Cases;

public sealed class AutoAcceptChecksTests
{
    private static readonly ResidentRecord s_hanako = new(new ResidentId(Guid.NewGuid()), new HouseholdId(Guid.NewGuid()), "九重 花子", "ココノエ ハナコ",
        new DateOnly(1980, 4, 1), "女", "世帯主", new DateOnly(2000, 1, 1), true, new ResidentAddress("879-4911", "田野", "1", "田野", "大分県玖珠郡九重町大字田野1番地"));

    private static ProcedureSummary Procedure(int? fee) => new("p", 1, "テスト", "てすと", "digital", "情報", "account", fee, 5, ["online"], [], [],
        [new ProcedureAttachment("photo", "写真", true)], [new ProcedureField("birth", "date", "生年月日", true, "resident.birthDate", [], [])]);

    private static CaseFile Case() => new() { Id = Guid.NewGuid(), ProcedureId = "p", ApplicantKana = "ココノエ ハナコ" };

    [Fact]
    public async Task Checks_AllPresent_PassAndLinkTheResident()
    {
        var automation = new CaseAutomation(null!, null!, new FakeDirectory([s_hanako]), [new FakeFee(true)]);
        var c = Case();

        var outcomes = await automation.ChecksAsync(c, new Dictionary<string, string> { ["photo"] = "file-ref", ["birth"] = "1980-04-01" }, Procedure(300), default);

        Assert.All(outcomes, o => Assert.True(o.Passed, o.Reason));
        Assert.Equal(s_hanako.Id.Value, c.ApplicantResidentId);
    }

    [Fact]
    public async Task Checks_MissingAttachmentUnknownPersonAndNoFeeModule_EachFailWithAReason()
    {
        var automation = new CaseAutomation(null!, null!, new FakeDirectory([]), []);

        var outcomes = await automation.ChecksAsync(Case(), new Dictionary<string, string> { ["birth"] = "1980-04-01" }, Procedure(300), default);

        Assert.All(outcomes, o => Assert.False(o.Passed));
        Assert.Contains("写真", outcomes[0].Reason, StringComparison.Ordinal);
        Assert.Contains("住民登録", outcomes[1].Reason, StringComparison.Ordinal);
        Assert.Contains("300円", outcomes[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_FreeProcedure_NeedsNoFeeModule()
    {
        var automation = new CaseAutomation(null!, null!, new FakeDirectory([s_hanako]), []);

        var outcomes = await automation.ChecksAsync(Case(), new Dictionary<string, string> { ["photo"] = "x", ["birth"] = "1980-04-01" }, Procedure(null), default);

        Assert.True(outcomes[2].Passed);
    }

    private sealed class FakeFee(bool paid) : ICaseFeeCheck
    {
        public Task<CaseCheckOutcome> IsPaidAsync(CaseFacts facts, CancellationToken ct = default) =>
            Task.FromResult(paid ? CaseCheckOutcome.Pass("手数料の納付を確認しました") : CaseCheckOutcome.Fail("未納です"));
    }

    private sealed class FakeDirectory(IReadOnlyList<ResidentRecord> people) : IResidentDirectory
    {
        public Task<ResidentRecord?> FindAsync(ResidentId id, string purpose, CancellationToken ct = default) =>
            Task.FromResult(people.FirstOrDefault(p => p.Id == id));

        public Task<IReadOnlyList<ResidentRecord>> SearchAsync(string kanaName, DateOnly birthDate, string purpose, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<ResidentRecord>>([.. people.Where(p => p.FullNameKana == kanaName && p.BirthDate == birthDate)]);

        public Task<IReadOnlyList<ResidentRecord>> MatchBasicInfoAsync(string fullName, string address, DateOnly birthDate, string sex, string purpose, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<ResidentRecord>>([]);

        public Task<ResidentRecord?> PickCurrentResidentAsync(int index, string purpose, CancellationToken ct = default) =>
            Task.FromResult(people.Count == 0 ? null : people[Math.Abs(index % people.Count)]);

        public Task<HouseholdRecord?> HouseholdOfAsync(ResidentId id, string purpose, CancellationToken ct = default) => Task.FromResult<HouseholdRecord?>(null);
    }
}
