using Tsunagu.Web.Platform.Cli;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>
/// <c>card issue [--person &lt;registry id&gt;] --out card.p12 --pin 1234</c>: a software test card from the local test CA;
/// without <c>--person</c> it picks a current demo resident and says who.
/// </summary>
internal sealed class CardIssueCommand(CardEnvironment environment, CardOptions options, TestCards cards, IResidentDirectory directory) : IAdminCommand
{
    public const string Purpose = "開発用ソフトウェアカードの発行";

    public string Name => "card issue";
    public string Usage => "[--person <registry id>] --out <card.p12> --pin <4 digits> — issue a software test card (Development only; without --person a demo resident is picked)";

    public async Task<int> RunAsync(CommandOptions args, TextWriter output, CancellationToken ct)
    {
        if (environment.Problem is not null || !options.AllowTestCa)
        {
            await Console.Error.WriteLineAsync("The test CA is off: set MyNumberCard:AllowTestCa=true in Development.");
            return 1;
        }
        var id = Guid.Empty;
        if ((args["person"] is { } given && !Guid.TryParse(given, out id)) || args["out"] is not { Length: > 0 } file
            || args["pin"] is not { Length: 4 } pin || !pin.All(char.IsAsciiDigit))
        {
            await Console.Error.WriteLineAsync($"usage: {Name} {Usage}");
            return 2;
        }
        var person = id == Guid.Empty
            ? await directory.PickCurrentResidentAsync(Random.Shared.Next(), Purpose, ct)
            : await directory.FindAsync(new ResidentId(id), Purpose, ct);
        if (person is not { IsResident: true })
        {
            await Console.Error.WriteLineAsync(id == Guid.Empty ? "The registry has no current residents." : $"No current resident has the registry id {id}.");
            return 1;
        }
        if (id == Guid.Empty)
        {
            await output.WriteLineAsync($"Picked demo resident {person.FullName} ({person.FullNameKana}), born {person.BirthDate:yyyy-MM-dd}, registry id {person.Id.Value}.");
        }
        using var card = await cards.IssueCardAsync(person.Id, ct) ?? throw new InvalidOperationException("the test CA refused");
        await File.WriteAllBytesAsync(file, card.ExportPkcs12(pin), ct);
        await output.WriteLineAsync($"Issued a software card for registry id {person.Id.Value} to {file}.");
        await output.WriteLineAsync($"  署名用 serial {CrlStore.Normalise(card.Signature.SerialNumber)}");
        await output.WriteLineAsync($"  利用者証明用 serial {CrlStore.Normalise(card.Authentication.SerialNumber)}");
        return 0;
    }
}

/// <summary><c>card revoke --serial &lt;hex&gt;</c>: adds a serial to the test CA's CRL.</summary>
internal sealed class CardRevokeCommand(CardEnvironment environment, CardOptions options, TestCertificateAuthority ca) : IAdminCommand
{
    public string Name => "card revoke";
    public string Usage => "--serial <hex, as openssl prints it> — revoke a software test card's certificate (Development only)";

    public async Task<int> RunAsync(CommandOptions args, TextWriter output, CancellationToken ct)
    {
        if (environment.Problem is not null || !options.AllowTestCa)
        {
            await Console.Error.WriteLineAsync("The test CA is off: set MyNumberCard:AllowTestCa=true in Development.");
            return 1;
        }
        var serial = CrlStore.Normalise(args["serial"] ?? "");
        if (serial.Length is 0 or > 40 || !serial.All(char.IsAsciiHexDigit))
        {
            await Console.Error.WriteLineAsync($"usage: {Name} {Usage}");
            return 2;
        }
        ca.Revoke(serial);
        await output.WriteLineAsync($"Revoked {serial}; the CRL is updated.");
        return 0;
    }
}
