namespace Tsunagu.BrowserTests;

/// <summary>Who is looking at a page, and how far through staff sign-in they are.</summary>
public enum Visitor
{
    Resident,

    /// <summary>Password accepted; no authenticator app yet (the enrolment step).</summary>
    NewStaff,

    /// <summary>Password accepted on a temporary password (the change-password step).</summary>
    StaffWithTemporaryPassword,

    /// <summary>Password accepted; authenticator enrolled earlier (the code step).</summary>
    ReturningStaff,

    Staff,
    Admin,
}

/// <summary>One page as one visitor sees it; <paramref name="SubmitEmpty"/> names the button to press with nothing filled in.</summary>
public sealed record PageVisit(string Path, Visitor Visitor = Visitor.Resident, bool English = false, string? SubmitEmpty = null)
{
    public string Name =>
        Path
        + (Visitor == Visitor.Resident ? "" : $" as {Visitor}")
        + (English ? " in English" : "")
        + (SubmitEmpty is null ? "" : " after an empty submit");
}

/// <summary>Every page the accessibility test checks. A module adds its pages here, one line each.</summary>
public static class AccessibilityPages
{
    public static readonly IReadOnlyList<PageVisit> All =
    [
        new("/"),
        new("/", English: true),
        new("/search?q=住民"),
        new("/search?q=アクセシビリティ"),
        new("/search?q=zzzz"),
        new("/accessibility"),
        new("/privacy"),
        new("/error/404"),
        new("/no-such-page"),
        new("/staff/signin"),
        new("/staff/signin", English: true),
        new("/staff/signin", SubmitEmpty: "次へ"),
        new("/staff/signin/enrol", Visitor.NewStaff),
        new("/staff/signin/enrol", Visitor.NewStaff, SubmitEmpty: "登録してサインイン"),
        new("/staff/signin/code", Visitor.ReturningStaff),
        new("/staff/signin/code", Visitor.ReturningStaff, SubmitEmpty: "サインイン"),
        new("/staff/signin/change-password", Visitor.StaffWithTemporaryPassword),
        new("/staff/signin/change-password", Visitor.StaffWithTemporaryPassword, SubmitEmpty: "設定して次へ"),
        new("/staff", Visitor.Staff),
        new("/staff/audit", Visitor.Admin),
        new("/staff/residents", Visitor.Staff),
        new("/staff/residents?Kana=&BirthDate=x&Purpose=", Visitor.Staff),
        new("/procedures"),
        new("/procedures?q=じゅうみんひょう"),
        new("/procedures/juminhyo-no-utsushi"),
        new("/opendata"),
        new("/opendata", English: true),
        new("/opendata?q=AED&tag=防災"),
        new("/opendata/datasets/aed"),
        new("/opendata/datasets/population-by-area-age"),
        new("/opendata/datasets/aed/map"),
        new("/staff/opendata", Visitor.Admin),
        new("/staff/opendata/edit", Visitor.Admin),
        new("/staff/opendata/edit", Visitor.Admin, SubmitEmpty: "保存する"),
        new("/staff/opendata/datasets/aed", Visitor.Admin),
        new("/procedures/juminhyo-no-utsushi/apply"),
        new("/procedures/doro-hason-tsuho/apply"),
        new("/navi"),
        new("/apply/resume/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
        new("/account/register"),
        new("/account/register", SubmitEmpty: "登録する"),
        new("/account/signin"),
        new("/account/forgot"),
        new("/account/card"),
        new("/account/digital-auth?failed=true"),
        new("/staff/procedures", Visitor.Admin),
        new("/staff/procedures/juminhyo-no-utsushi/edit", Visitor.Admin),
        new("/staff/procedures/juminhyo-no-utsushi/form", Visitor.Admin),
        new("/staff/procedures/juminhyo-no-utsushi/form/1/1", Visitor.Admin),
        new("/staff/procedures/juminhyo-no-utsushi/preview/1", Visitor.Admin),
        new("/navi/result?events=出生&events=転入&children=yes"),
        new("/staff/cases", Visitor.Staff),
        new("/staff/cases?Dept=digital&Status=all&Sort=received", Visitor.Admin),
        new("/staff/cases/rules", Visitor.Staff),
        new("/staff/cases/rules/juminhyo-no-utsushi", Visitor.Admin),
        new("/staff/cases/rules/juminhyo-no-utsushi", Visitor.Admin, SubmitEmpty: "割り当てを追加する"),
        new("/staff/cases/exports", Visitor.Staff),
        new("/staff/cases/reviews", Visitor.Staff),
        new("/staff/cases/scans", Visitor.Staff),
        new("/staff/cases/scans", Visitor.Staff, SubmitEmpty: "読み取る"),
        new("/staff/certificates", Visitor.Staff),
        new("/staff/certificates?Kana=%E3%82%A2&BirthDate=1950-01-01", Visitor.Staff),
        new("/staff/certificates/ledger", Visitor.Staff),
        new("/staff/certificates/terminals", Visitor.Admin),
        new("/staff/payments", Visitor.Admin),
        new("/staff/payments", Visitor.Admin, SubmitEmpty: "取り込む"),
        new("/staff/payments/arrears", Visitor.Admin),
        new("/staff/payments/arrears?Year=20x6&Days=-1", Visitor.Admin),
        new("/staff/payments/persons", Visitor.Admin, SubmitEmpty: "探す"),
        new("/staff/payments/fees", Visitor.Admin),
        new("/staff/payments/assessments/new", Visitor.Admin),
        new("/staff/payments/assessments/new?Kana=%E3%82%A2&BirthDate=1950-01-01", Visitor.Admin),
        new("/staff/certificates/terminals", Visitor.Admin, SubmitEmpty: "登録する"),
        new("/certificates/verify"),
        new("/certificates/verify", SubmitEmpty: "確かめる"),
        new("/certificates/verify", English: true),
        new("/staff/cases/reviews/edit", Visitor.Admin),
        new("/staff/cases/reviews/edit", Visitor.Admin, SubmitEmpty: "保存する"),
        new("/staff/counter", Visitor.Staff),
        new("/staff/counter/queue", Visitor.Staff),
        new("/staff/counter/queue", Visitor.Admin),
        new("/staff/counter/report", Visitor.Staff),
        new("/counter/lobby"),
        new("/counter/lobby", English: true),
    ];

    public static TheoryData<string> Names => new(All.Select(p => p.Name));

    public static PageVisit Find(string name) => All.Single(p => p.Name == name);
}
