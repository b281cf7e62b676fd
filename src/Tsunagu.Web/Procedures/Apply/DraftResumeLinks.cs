using System.Buffers.Text;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Platform.Mail;

namespace Tsunagu.Web.Procedures.Apply;

/// <summary>"Save and come back later" for residents without an account: the draft travels by a mailed link.</summary>
public sealed class DraftResumeLinks(TsunaguDb db, IMailSender mail, MailLinks links, TimeProvider clock, ILogger<DraftResumeLinks> log)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Enough for a typo or two; more than this in a day is someone else using the form as a mail cannon.</summary>
    public const int MaxPerDraftPerDay = 5;

    /// <summary>Mails a resume link for the owner's unsubmitted draft; null when sent, else a message for the resident.</summary>
    public async Task<string?> SendAsync(Guid draftId, string owner, string? email, string procedureName, CancellationToken ct)
    {
        var address = (email ?? "").Trim().Normalize(NormalizationForm.FormKC);
        if (address.Length == 0)
        {
            return "メールアドレスを入力してください。";
        }
        if (address.Length > 254 || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || !address.Contains('.', StringComparison.Ordinal))
        {
            return "メールアドレスの形式が正しくありません(例: name@example.jp)。";
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Set<DraftResumeLink>().CountAsync(l => l.DraftId == draftId && l.CreatedAt > now.AddDays(-1), ct) >= MaxPerDraftPerDay)
        {
            return $"この下書きのリンクは、1日に{MaxPerDraftPerDay}回までお送りできます。届いたメールのリンクをお使いください。";
        }
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.Set<DraftResumeLink>().Add(new DraftResumeLink { Id = Guid.CreateVersion7(), DraftId = draftId, TokenHash = Hash(token), CreatedAt = now, ExpiresAt = now + Lifetime });
        var body = $"""
            {procedureName}の申請の下書きを保存しています。
            次のリンクを開くと、お使いの端末で続きから入力できます(有効期限: 7日間、1回限り)。

            {links.To("/apply/resume/" + token)}

            お心当たりのない場合は、このメールを破棄してください。
            このメールは送信専用です。
            九重町役場
            """;
        try
        {
            await mail.SendAsync(new MailMessageToSend(address, "【九重町】申請の続きを入力するためのリンク", body), ct);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or MailKit.CommandException or MailKit.ProtocolException or MailKit.ServiceNotConnectedException)
        {
            log.LogWarning("Draft resume mail could not be sent ({Error})", ex.GetType().Name);
            return "メールを送れませんでした。時間をおいて、もう一度お試しください。下書きは保存されています。";
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Whether the link would work now, without using it up.</summary>
    public async Task<bool> IsUsableAsync(string token, CancellationToken ct) => await FindAsync(token, ct) is not null;

    /// <summary>Gives the draft to <paramref name="newOwner"/> and uses the link up; null when the link no longer works.</summary>
    public async Task<Guid?> ClaimAsync(string token, string newOwner, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not { } link
            || await db.Set<Draft>().SingleOrDefaultAsync(d => d.Id == link.DraftId && d.SubmittedApplicationId == null, ct) is not { } draft)
        {
            return null;
        }
        link.UsedAt = clock.GetUtcNow().UtcDateTime;
        draft.Owner = newOwner;
        await db.SaveChangesAsync(ct);
        return draft.Id;
    }

    private async Task<DraftResumeLink?> FindAsync(string token, CancellationToken ct)
    {
        if (token.Length != 43)
        {
            return null;
        }
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<DraftResumeLink>().SingleOrDefaultAsync(l => l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now, ct);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
