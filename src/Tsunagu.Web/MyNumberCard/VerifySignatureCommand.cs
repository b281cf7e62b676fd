using Tsunagu.Web.MyNumberCard.Contracts;
using Tsunagu.Web.Platform.Cli;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>
/// <c>admin verify-signature --data &lt;file&gt; --signature &lt;file.p7s&gt;</c>: the offline check for staff. Exit 0 and the
/// signer when signature, chain and revocation pass; 1 and the reason when they do not; 2 for unreadable arguments.
/// </summary>
internal sealed class VerifySignatureCommand(ISignatureVerifier verifier) : IAdminCommand
{
    public string Name => "verify-signature";
    public string Usage => "--data <signed file> --signature <file.p7s, DER or PEM> [--at <ISO time>] — verify a My Number card signature";

    public async Task<int> RunAsync(CommandOptions args, TextWriter output, CancellationToken ct)
    {
        if (args["data"] is not { } dataPath || args["signature"] is not { } signaturePath || !File.Exists(dataPath) || !File.Exists(signaturePath))
        {
            await Console.Error.WriteLineAsync($"usage: admin {Name} {Usage}");
            return 2;
        }
        DateTimeOffset? at = null;
        if (args["at"] is { } text)
        {
            if (!DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
            {
                await Console.Error.WriteLineAsync("--at must be an ISO 8601 time, e.g. 2026-11-24T09:00:00+09:00");
                return 2;
            }
            at = parsed;
        }
        var check = verifier.Verify(await File.ReadAllBytesAsync(dataPath, ct), SignatureFiles.Decode(await File.ReadAllBytesAsync(signaturePath, ct)), at);
        if (!check.IsValid)
        {
            await output.WriteLineAsync($"INVALID ({check.ProblemCode}): {check.Problem}");
            return 1;
        }
        var s = check.Signer!;
        await output.WriteLineAsync("VALID");
        await output.WriteLineAsync($"signer: {s.Name}");
        await output.WriteLineAsync($"address: {s.Address}");
        await output.WriteLineAsync($"birth date: {s.BirthDate:yyyy-MM-dd}");
        await output.WriteLineAsync($"sex: {s.Sex}");
        await output.WriteLineAsync($"certificate serial: {s.CertificateSerial}");
        await output.WriteLineAsync($"issuer: {s.Issuer}");
        await output.WriteLineAsync($"valid: {s.NotBefore:O} to {s.NotAfter:O}");
        await output.WriteLineAsync($"signed at: {(s.SignedAt is { } t ? t.ToString("O") : "(no signing time)")}");
        return 0;
    }
}
