using System.Text;
using Modernize.Analysis.Guardrails;
using Modernize.Model.Configuration;
using Modernize.Model.Scan;

namespace Modernize.Scanning.Guardrails;

/// <summary>
/// The guard use cases: the committed files generated from modernize.yml (guardrails file, CODEOWNERS, the AGENTS.md
/// section), written deterministically, and the check that committed copies are up to date.
/// </summary>
public static class GuardFiles
{
    /// <summary>Where GitHub and GitLab look for CODEOWNERS.</summary>
    private static readonly string[] CodeOwnersLocations = ["CODEOWNERS", ".github/CODEOWNERS", ".gitlab/CODEOWNERS", "docs/CODEOWNERS"];

    public static string Export(ModernizeConfig config) => GuardrailsExport.ToJson(config);

    public static string CodeOwners(ModernizeConfig config, ScanDocument? scan, string repositoryPrefix) =>
        CodeOwnersExport.Write(config, scan, repositoryPrefix);

    public static string AgentsSection(ModernizeConfig config, string target) =>
        AgentsExport.Section(config, target.Replace('\\', '/'));

    /// <summary>The root's path inside its git repository ("" at the top, else "sub/dir/").</summary>
    public static string RepositoryPrefix(string root)
    {
        for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                var relative = Path.GetRelativePath(dir.FullName, root).Replace('\\', '/');
                return relative == "." ? string.Empty : relative.TrimEnd('/') + "/";
            }
        }

        return string.Empty;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> through a temporary file, so a failure leaves the old file whole.</summary>
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>
    /// The committed copies that differ from what the guard commands would write now: <c>modernize.guardrails.json</c>
    /// beside modernize.yml or at the root, a generated CODEOWNERS (root, .github/, .gitlab/, docs/), and the AGENTS.md section.
    /// </summary>
    public static IReadOnlyList<string> Stale(string root, string target, ModernizeConfig config, ScanDocument? scan, string repositoryPrefix)
    {
        var stale = new List<string>();
        var folders = new[] { root, config.SourceFile is null ? root : Path.GetDirectoryName(Path.GetFullPath(config.SourceFile))! }
            .Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        foreach (var file in folders.Select(f => Path.Combine(f, GuardrailsExport.FileName)).Where(File.Exists))
        {
            if (!Same(File.ReadAllText(file), Export(config)))
            {
                stale.Add($"{file} is out of date with modernize.yml: run 'modernize guard export {target} --out {file}'");
            }
        }

        foreach (var file in CodeOwnersLocations.Select(f => Path.Combine(root, f)).Where(File.Exists))
        {
            var text = File.ReadAllText(file);
            if (text.StartsWith(CodeOwnersExport.Header, StringComparison.Ordinal) && !Same(text, CodeOwners(config, scan, repositoryPrefix)))
            {
                stale.Add($"{file} is out of date with modernize.yml and the code: run 'modernize guard codeowners {target} --out {file}'");
            }
        }

        var agents = Path.Combine(root, "AGENTS.md");
        if (File.Exists(agents) && AgentsExport.Extract(File.ReadAllText(agents).ReplaceLineEndings("\n")) is { } section && section != AgentsSection(config, target))
        {
            stale.Add($"{agents}: its guardrails section is out of date with modernize.yml: run 'modernize guard agents {target} --out {agents}'");
        }

        return stale;
    }

    private static bool Same(string committed, string fresh) => committed.ReplaceLineEndings("\n") == fresh;
}
