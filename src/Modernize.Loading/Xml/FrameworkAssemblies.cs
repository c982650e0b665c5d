using Modernize.Loading.Environment;
using Modernize.Loading.ProjectFiles;
using Modernize.Model.Graph;

namespace Modernize.Loading.Xml;

/// <summary>Reference assemblies for a project's target framework from known locations only: net4xx reference-assembly packages, NETStandard.Library, the installed .NET reference packs.</summary>
public sealed class FrameworkAssemblies(FrameworkReferenceAssemblies netFramework, string? dotnetRoot, string globalPackages)
{
    /// <summary>SDK-style .NET Framework projects reference these implicitly.</summary>
    private static readonly string[] SdkFrameworkDefaults =
        ["mscorlib", "System", "System.Core", "System.Data", "System.Drawing", "System.IO.Compression.FileSystem", "System.Numerics", "System.Runtime.Serialization", "System.Xml", "System.Xml.Linq"];

    public sealed record ReferenceSet(IReadOnlyList<string> Assemblies, IReadOnlyList<string> Warnings);

    public ReferenceSet For(ProjectFileFacts facts, string moniker)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var framework = TargetFrameworkCompatibility.Parse(moniker);
        return framework.Family switch
        {
            TargetFrameworkCompatibility.Family.NetFramework => NetFramework(facts, moniker),
            TargetFrameworkCompatibility.Family.NetStandard => NetStandard(moniker),
            _ => NetCore(facts, moniker),
        };
    }

    private ReferenceSet NetFramework(ProjectFileFacts facts, string moniker)
    {
        var choice = netFramework.Choose(facts.FrameworkVersion ?? moniker);
        var warnings = new List<string>();
        if (choice.Warning is not null)
        {
            warnings.Add(choice.Warning);
        }

        if (!choice.IsInstalled)
        {
            warnings.Add($"{choice.PackageId} {choice.PackageVersion} is not in the global packages folder: .NET Framework types will not resolve");
            return new ReferenceSet([], warnings);
        }

        var names = new List<string> { "mscorlib", "System", "System.Core" };
        if (facts.Style == ProjectStyle.Sdk)
        {
            names.AddRange(SdkFrameworkDefaults);
        }

        if (facts.IsVisualBasic)
        {
            names.Add("Microsoft.VisualBasic");
        }

        names.AddRange(facts.References.Where(r => r.HintPath is null).Select(r => r.Name));
        var files = names.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(n => Path.Combine(choice.Folder, n + ".dll"))
            .Where(File.Exists)
            .ToList();
        var facades = Path.Combine(choice.Folder, "Facades");
        if (Directory.Exists(facades))
        {
            files.AddRange(Directory.EnumerateFiles(facades, "*.dll").Order(StringComparer.Ordinal));
        }

        return new ReferenceSet(files, warnings);
    }

    private ReferenceSet NetStandard(string moniker)
    {
        var folder = Path.Combine(NuGetFolders.PackageFolderIn(globalPackages, "NETStandard.Library", "2.0.3"), "build", "netstandard2.0", "ref");
        if (TargetFrameworkCompatibility.Parse(moniker).Version <= 200 && Directory.Exists(folder))
        {
            return new ReferenceSet(Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal).ToList(), []);
        }

        var core = ReferencePack("Microsoft.NETCore.App.Ref", "net10.0");
        return new ReferenceSet(core.Files, [$"no {moniker} reference assemblies installed; used the .NET {core.Version} reference pack"]);
    }

    private ReferenceSet NetCore(ProjectFileFacts facts, string moniker)
    {
        var core = ReferencePack("Microsoft.NETCore.App.Ref", moniker);
        var warnings = new List<string>();
        if (core.Files.Count == 0)
        {
            warnings.Add("no .NET reference pack found under the dotnet root: framework types will not resolve");
        }
        else if (!string.Equals(core.Folder, moniker.Split('-')[0], StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add($"{moniker} reference pack is not installed; used {core.Folder} ({core.Version})");
        }

        var files = core.Files.ToList();
        var web = facts.Sdk?.Contains(".Web", StringComparison.OrdinalIgnoreCase) == true
            || facts.FrameworkReferences.Contains("Microsoft.AspNetCore.App", StringComparer.OrdinalIgnoreCase);
        if (web)
        {
            files.AddRange(ReferencePack("Microsoft.AspNetCore.App.Ref", moniker).Files);
        }

        return new ReferenceSet(files, warnings);
    }

    /// <summary>The newest installed version of a reference pack, and its ref/ folder closest to the moniker.</summary>
    private (IReadOnlyList<string> Files, string Version, string Folder) ReferencePack(string pack, string moniker)
    {
        var packFolder = dotnetRoot is null ? null : Path.Combine(dotnetRoot, "packs", pack);
        if (packFolder is null || !Directory.Exists(packFolder))
        {
            return ([], string.Empty, string.Empty);
        }

        var version = Directory.EnumerateDirectories(packFolder).Select(Path.GetFileName).OfType<string>()
            .OrderByDescending(v => Version.TryParse(v.Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
            .First();
        var refFolder = Path.Combine(packFolder, version, "ref");
        var best = TargetFrameworkCompatibility.BestFolder(refFolder, moniker)
            ?? Directory.EnumerateDirectories(refFolder).Order(StringComparer.Ordinal).LastOrDefault();
        return best is null
            ? ([], version, string.Empty)
            : (Directory.EnumerateFiles(best, "*.dll").Order(StringComparer.Ordinal).ToList(), version, Path.GetFileName(best));
    }
}
