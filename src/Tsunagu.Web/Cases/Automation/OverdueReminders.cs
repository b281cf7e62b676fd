using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Cases.Workflow;
using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Mail;
using Tsunagu.Web.Platform.StaffIdentity;
using Tsunagu.Web.Platform.Time;

namespace Tsunagu.Web.Cases.Automation;

/// <summary>
/// Reminds staff of open cases past their due date, at most once a day per case: the assignee, or the department's
/// managers when nobody is assigned. Procedures whose rules turn reminders off are skipped. Each reminder is logged.
/// </summary>
public sealed class OverdueReminders(TsunaguDb db, CaseHistory history, IMailSender mail, MailLinks links, TimeProvider clock)
{
    public async Task<int> SendAsync(CancellationToken ct)
    {
        var today = JapanTime.Today(clock);
        var startOfDay = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), JapanTime.Offset).UtcDateTime;
        var quiet = await db.Set<ProcedureRules>().AsNoTracking().Where(r => !r.RemindOverdue).Select(r => r.ProcedureId).ToListAsync(ct);
        var overdue = await db.Set<CaseFile>()
            .Where(c => c.DueOn < today && c.Status != CaseStatus.Completed && c.Status != CaseStatus.Rejected && c.Status != CaseStatus.Withdrawn
                && !quiet.Contains(c.ProcedureId)
                && !db.Set<CaseEvent>().Any(e => e.CaseId == c.Id && e.Kind == CaseEventKinds.Rule && e.Text.StartsWith("期限超過") && e.At >= startOfDay))
            .ToListAsync(ct);
        var sent = 0;
        foreach (var c in overdue)
        {
            var to = await RecipientsAsync(c, ct);
            foreach (var address in to)
            {
                await mail.SendAsync(new MailMessageToSend(address, $"【つなぐ】処理期限を過ぎた案件があります({c.Number})", $"""
                    次の案件が処理期限({c.DueOn:yyyy/MM/dd})を過ぎています。

                    案件番号: {c.Number}
                    手続き: {c.ProcedureName}
                    状況: {c.Status.Japanese()}
                    {links.To($"/staff/cases/{c.Id}")}
                    """), ct);
            }
            history.Log(c, StaffActor.System, CaseEventKinds.Rule,
                $"期限超過のお知らせを送りました({(c.AssigneeName is null ? "担当者がいないため課長へ" : c.AssigneeName + " さんへ")}、{to.Count}通)");
            sent++;
        }
        await db.SaveChangesAsync(ct);
        return sent;
    }

    private async Task<IReadOnlyList<string>> RecipientsAsync(CaseFile c, CancellationToken ct)
    {
        if (c.AssigneeId is { } id && Guid.TryParse(id, out var staffId))
        {
            return await db.Set<StaffUser>().AsNoTracking().Where(u => u.Id == staffId && u.Email != null).Select(u => u.Email!).ToListAsync(ct);
        }
        var managerRole = await db.Roles.AsNoTracking().Where(r => r.Name == StaffRoles.Manager).Select(r => r.Id).SingleOrDefaultAsync(ct);
        return await db.Set<StaffUser>().AsNoTracking()
            .Where(u => u.Department == c.Department && u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == managerRole))
            .Select(u => u.Email!).ToListAsync(ct);
    }
}

/// <summary>Runs the reminders every hour on each node; the once-a-day check makes a second node's run send nothing.</summary>
internal sealed class OverdueReminderService(IServiceScopeFactory scopes, ILogger<OverdueReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OverdueReminders>().SendAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Overdue reminders failed; trying again in an hour");
            }
        }
    }
}

/// <summary><c>admin cases-remind</c>: sends today's overdue reminders now (for a cron job or a test).</summary>
internal sealed class RemindCommand(OverdueReminders reminders) : IAdminCommand
{
    public string Name => "cases-remind";

    public string Usage => "  sends the reminders of overdue cases now (once a day per case)";

    public async Task<int> RunAsync(CommandOptions options, TextWriter output, CancellationToken ct)
    {
        var count = await reminders.SendAsync(ct);
        await output.WriteLineAsync($"reminded {count} overdue case(s)");
        return 0;
    }
}
