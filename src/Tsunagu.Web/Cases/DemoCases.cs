using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases;

/// <summary>
/// Demo inboxes: a few synthetic counter, paper and phone cases for each department's first procedures, some
/// under review, some overdue, so that a demo install shows working inboxes. Runs only on a database without cases.
/// </summary>
internal sealed class DemoCases(TsunaguDb db, CaseIntake intake, CaseHistory history, IProcedureDirectory procedures, TimeProvider clock) : IDemoSeeder
{
    private static readonly (string Name, string Kana, string Oaza)[] s_people =
    [
        ("九重 一郎", "ココノエ イチロウ", "田野"), ("湯坪 花", "ユツボ ハナ", "湯坪"), ("野上 健太", "ノガミ ケンタ", "野上"),
        ("右田 さくら", "ミギタ サクラ", "右田"), ("松木 誠", "マツキ マコト", "松木"), ("恵良 美咲", "エラ ミサキ", "恵良"),
    ];

    public int Order => 100;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Set<CaseFile>().AnyAsync(ct))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var n = 0;
        foreach (var procedure in procedures.Published().GroupBy(p => p.Department).SelectMany(g => g.Take(2)))
        {
            for (var i = 0; i < 3; i++, n++)
            {
                var (name, kana, oaza) = s_people[n % s_people.Length];
                var answers = new Dictionary<string, string>();
                foreach (var f in procedure.Fields)
                {
                    var value = f.Prefill switch
                    {
                        "resident.name" => name,
                        "resident.kana" => kana,
                        "resident.address" => $"大分県玖珠郡九重町大字{oaza}{n + 1}番地",
                        _ => null,
                    };
                    if (value is not null)
                    {
                        answers[f.Id] = value;
                    }
                }
                var channel = (CaseChannel)(1 + (n % 3));
                var received = now.AddDays(-(n % 5) * 6 - i);
                var opened = await intake.OpenAsync(new NewCase(procedure.Id, channel, $"DEMO-{n + 1:D4}", null, name, kana, answers, "デモ用の架空の案件です"),
                    $"demo:{n}", null, received, ct);
                if (n % 3 != 0)
                {
                    var c = await db.Set<CaseFile>().SingleAsync(x => x.Id == opened.CaseId, ct);
                    await history.MoveAsync(c, CaseStatus.InReview, StaffActor.System, "デモ: 審査を始めました", null, ct);
                    await db.SaveChangesAsync(ct);
                }
            }
        }
    }
}
