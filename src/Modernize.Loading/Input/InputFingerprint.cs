using System.Security.Cryptography;
using System.Text;

namespace Modernize.Loading.Input;

/// <summary>
/// A hash of everything under a scanned root that can change a scan's result: sources, project and solution files,
/// MSBuild imports, data mapping files (.hbm.xml, .xsd, .edmx), packages.config, global.json and modernize.yml. Equal fingerprints let <c>check</c> reuse a stored scan.
/// Git history is deliberately left out, so a commit that changes no relevant file still reuses the scan.
/// </summary>
public static class InputFingerprint
{
    private static readonly HashSet<string> RelevantExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".vb", ".csproj", ".vbproj", ".sln", ".slnx", ".props", ".targets", ".edmx", ".xsd", ".dbml", ".svc", ".asmx", ".aspx", ".asax",
    };

    private static readonly HashSet<string> RelevantNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "packages.config", "global.json", "modernize.yml", "modernize.yaml", ".modernize.yml",
    };

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", ".vs", "node_modules", "packages" };

    /// <summary>The fingerprint of <paramref name="root"/>, salted with <paramref name="salt"/> (tool version, settings).</summary>
    public static string Compute(string root, string salt)
    {
        ArgumentNullException.ThrowIfNull(root);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(salt + "\n"));
        foreach (var file in RelevantFiles(root).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file).Replace('\\', '/') + "\n"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEnumerable<string> RelevantFiles(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                var name = Path.GetFileName(file);
                if (RelevantNames.Contains(name) || RelevantExtensions.Contains(Path.GetExtension(name)) || ProjectFiles.DataMappingFile.Is(name))
                {
                    yield return file;
                }
            }

            // Reparse points (symlinks) are skipped above, so a link loop cannot trap the walk.
            foreach (var sub in Directory.EnumerateDirectories(folder, "*", options))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub)))
                {
                    pending.Push(sub);
                }
            }
        }
    }
}
