using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tsunagu.Web.Platform.Auditing;

/// <summary>The hash chain that makes the audit log tamper-evident.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Hash of an entry's content together with the previous entry's hash.</summary>
    public static string ComputeHash(AuditEntry e)
    {
        // Fields are joined with a separator that cannot appear in them (unit separator) so that
        // moving text from one field to the next changes the hash.
        var canonical = string.Join('\u001f',
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.At.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            e.Actor, e.Action, e.SubjectType, e.SubjectId, e.Purpose, e.RequestId, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>PostgreSQL keeps microseconds; .NET keeps 100 ns ticks. Hash what both store.</summary>
    public static DateTime ToStoredPrecision(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
}

/// <summary>The outcome of re-computing the chain.</summary>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenId, string? Reason)
{
    public bool IsIntact => FirstBrokenId is null;
}
