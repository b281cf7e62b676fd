using System.Security.Cryptography;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.Platform.Files;

/// <summary>A stored upload: where to find it (content hash) and what it really is (by content, not name).</summary>
public sealed record StoredFile(string Sha256, string Kind, long Size, string FileName)
{
    /// <summary>One-line form kept in form answers: <c>sha256;kind;size;name</c>.</summary>
    public string ToReference() => $"{Sha256};{Kind};{Size};{FileName.Replace(';', '_')}";

    public static StoredFile? FromReference(string? reference)
    {
        var parts = reference?.Split(';', 4);
        return parts is { Length: 4 } && long.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var size)
            ? new StoredFile(parts[0], parts[1], size, parts[3]) : null;
    }
}

/// <summary>
/// Content-addressed files under &lt;data&gt;/files, outside the web root. The same content is stored once;
/// files are never overwritten, so a stored reference always means the same bytes.
/// </summary>
public sealed class FileStore(DataDirectory data)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public async Task<(StoredFile? File, string? Error)> SaveAsync(Stream content, string fileName, IReadOnlyCollection<string> acceptedKinds, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBytes)
        {
            return (null, "too-large");
        }
        var bytes = buffer.ToArray();
        var kind = FileKinds.Sniff(bytes);
        if (kind is null || !acceptedKinds.Contains(kind))
        {
            return (null, "wrong-kind");
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = PathOf(hash);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temp, bytes, ct);
            File.Move(temp, path, overwrite: false);
        }
        var safeName = Path.GetFileName(fileName);
        return (new StoredFile(hash, kind, bytes.Length, safeName.Length > 100 ? safeName[^100..] : safeName), null);
    }

    /// <summary>The stored bytes, or null when no such file is stored.</summary>
    public async Task<byte[]?> ReadAllAsync(string sha256, CancellationToken ct = default) =>
        Open(sha256) is { } stream ? await ReadAndCloseAsync(stream, ct) : null;

    private static async Task<byte[]> ReadAndCloseAsync(Stream stream, CancellationToken ct)
    {
        await using (stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            return buffer.ToArray();
        }
    }

    public Stream? Open(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower) && File.Exists(PathOf(sha256)) ? File.OpenRead(PathOf(sha256)) : null;

    private string PathOf(string hash) => data.Combine("files", hash[..2], hash[2..4], hash);
}

/// <summary>Recognises the accepted upload kinds by their first bytes.</summary>
public static class FileKinds
{
    public static string? Sniff(ReadOnlySpan<byte> b) =>
        b.StartsWith("%PDF-"u8) ? "pdf"
        : b.Length > 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF ? "jpeg"
        : b.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? "png"
        : null;

    public static string ContentType(string kind) => kind switch
    {
        "pdf" => "application/pdf",
        "jpeg" => "image/jpeg",
        "png" => "image/png",
        _ => "application/octet-stream",
    };
}
