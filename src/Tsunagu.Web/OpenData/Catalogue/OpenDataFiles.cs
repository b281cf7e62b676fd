using System.Security.Cryptography;
using Tsunagu.Web.Platform.Database;

namespace Tsunagu.Web.OpenData.Catalogue;

/// <summary>
/// Published files under &lt;data&gt;/opendata, named by content hash and never overwritten, so every version stays as it
/// was published. Separate from Platform's FileStore, which accepts only PDF and images from residents.
/// </summary>
public sealed class OpenDataFiles(DataDirectory data)
{
    public async Task<(string Sha256, long Size)> SaveAsync(byte[] bytes, CancellationToken ct)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = PathOf(hash);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temp, bytes, ct);
            File.Move(temp, path, overwrite: true);
        }
        return (hash, bytes.LongLength);
    }

    public Stream? Open(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower) && File.Exists(PathOf(sha256)) ? File.OpenRead(PathOf(sha256)) : null;

    private string PathOf(string hash) => data.Combine("opendata", hash[..2], hash);
}
