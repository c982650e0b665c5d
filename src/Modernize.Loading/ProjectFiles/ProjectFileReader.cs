using System.Text.RegularExpressions;
using System.Xml.Linq;
using Modernize.Loading.Input;
using Modernize.Model;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Loading.ProjectFiles;

/// <summary>
/// Reads a .csproj/.vbproj (and the nearest Directory.Build.props and Directory.Packages.props) as data, the way a reader
/// would: unconditioned and Debug-configuration properties, Compile items or the SDK's default globs, references and packages.
/// Nothing is executed; <c>$(Property)</c> references are expanded from what was read.
/// </summary>
public static partial class ProjectFileReader
{
    /// <summary>The item types a project lists ORM and DataSet mapping files under (EntityDeploy: the EDMX build action).</summary>
    private static readonly string[] MappingItems = ["EmbeddedResource", "Content", "None", "EntityDeploy"];

    public static ProjectFileFacts Read(string projectPath) => Read(projectPath, withDataMappingFiles: false);

    /// <summary>The facts with <see cref="ProjectFileFacts.DataMappingFiles"/> filled (a second walk of an SDK-style project's folder, so only on request).</summary>
    public static ProjectFileFacts ReadWithDataMappingFiles(string projectPath) => Read(projectPath, withDataMappingFiles: true);

    private static ProjectFileFacts Read(string projectPath, bool withDataMappingFiles)
    {
        var fullPath = Path.GetFullPath(projectPath);
        var project = SafeXml.Load(fullPath).Root;
        if (project is null || project.Name.LocalName != "Project")
        {
            throw new InputException(fullPath, "not an MSBuild project (the root element is not <Project>)");
        }

        var directory = Path.GetDirectoryName(fullPath)!;
        var name = Path.GetFileNameWithoutExtension(fullPath);
        var sdk = SdkOf(project);
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["MSBuildProjectDirectory"] = directory,
            ["MSBuildThisFileDirectory"] = directory + "/",
            ["MSBuildProjectName"] = name,
            ["MSBuildProjectFile"] = Path.GetFileName(fullPath),
            ["Configuration"] = "Debug",
            ["Platform"] = "AnyCPU",
        };
        var buildProps = sdk is null ? null : FindAbove(directory, "Directory.Build.props");
        var imported = buildProps is null ? null : SafeXml.TryLoad(buildProps)?.Root;
        if (imported is not null)
        {
            ReadProperties(imported, properties);
        }

        // Legacy trees often set TargetFrameworkVersion (and output paths) in an imported settings file: follow their imports.
        ReadProperties(project, properties, sdk is null ? directory : null, MaxImportDepth);
        var language = ProjectFileKinds.IsVisualBasic(fullPath) ? LanguageNames.VisualBasic : LanguageNames.CSharp;
        var style = sdk is null ? ProjectStyle.Legacy : ProjectStyle.Sdk;
        var items = (imported is null ? project.Descendants() : imported.Descendants().Concat(project.Descendants()))
            .Where(e => e.Parent?.Name.LocalName == "ItemGroup" && Applies(e.Parent, properties) && Applies(e, properties))
            .ToList();
        string Expand(string value) => ExpandProperties(value, properties);
        var tree = new Lazy<List<string>>(() => FilesBelow(directory)); // one walk of the project folder for every item list

        var targetFrameworks = (properties.GetValueOrDefault("TargetFrameworks") ?? properties.GetValueOrDefault("TargetFramework") ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => !t.Contains("$(", StringComparison.Ordinal))
            .ToList();
        var frameworkVersion = properties.GetValueOrDefault("TargetFrameworkVersion");
        if (style == ProjectStyle.Legacy && targetFrameworks.Count == 0)
        {
            targetFrameworks.Add(Environment.FrameworkReferenceAssemblies.ToMoniker(frameworkVersion ?? "v4.0"));
        }

        var centralVersions = CentralPackageVersions(directory, properties);
        var packages = items.Where(e => e.Name.LocalName == "PackageReference")
            .Select(e => (Id: Attr(e, "Include") ?? Attr(e, "Update"), Version: Attr(e, "Version") ?? Child(e, "Version")))
            .Where(p => p.Id is not null && p.Id.Length > 0 && Attr2(items, p.Id!))
            .Select(p => new PackageItem(p.Id!, p.Version is null ? centralVersions.GetValueOrDefault(p.Id!) : Expand(p.Version), PackageSources.PackageReference))
            .Concat(PackagesConfig(directory))
            .DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .ToList();

        return new ProjectFileFacts(
            fullPath,
            name,
            language,
            style,
            sdk,
            targetFrameworks,
            frameworkVersion,
            SourceFiles(directory, language, style, items, properties, tree),
            Includes(items, "ProjectReference", directory, Expand).Where(p => !p.Contains('*', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList(),
            items.Where(e => e.Name.LocalName == "Reference" && Attr(e, "Include") is not null)
                .Select(e => new AssemblyReferenceItem(
                    Attr(e, "Include")!.Split(',')[0].Trim(),
                    Child(e, "HintPath") is { } hint ? Path.GetFullPath(Path.Combine(directory, Expand(hint).Replace('\\', '/'))) : null))
                .ToList(),
            packages,
            items.Where(e => e.Name.LocalName == "FrameworkReference").Select(e => Attr(e, "Include")).OfType<string>().ToList(),
            items.Where(e => e.Name.LocalName == "Import" && Attr(e, "Include") is not null).Select(e => Attr(e, "Include")!).ToList(),
            properties)
        {
            Sdks = SdksOf(project),
            DataMappingFiles = withDataMappingFiles ? ItemFiles(directory, tree, style, items, properties, MappingItems, "EnableDefaultNoneItems", DataMappingFile.Is, DataMappingFile.Is) : [],
        };
    }

    /// <summary>Only PackageReference items that add a package (Include), not central-version updates.</summary>
    private static bool Attr2(List<XElement> items, string id) => items.Any(e => e.Name.LocalName == "PackageReference" && Attr(e, "Include") == id);

    /// <summary>Every SDK the project names, without versions: its <c>Sdk</c> attribute (several may be listed with ';'), <c>&lt;Sdk Name/&gt;</c> children and SDK imports.</summary>
    private static List<string> SdksOf(XElement project) => (Attr(project, "Sdk") ?? string.Empty).Split(';')
        .Concat(project.Elements().Where(e => e.Name.LocalName is "Sdk" or "Import").Select(e => Attr(e, e.Name.LocalName == "Sdk" ? "Name" : "Sdk") ?? string.Empty))
        .Select(s => s.Split('/')[0].Trim())
        .Where(s => s.Length > 0)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    private static string? SdkOf(XElement project)
    {
        var sdk = Attr(project, "Sdk");
        if (sdk is not null)
        {
            return sdk;
        }

        // <Sdk Name="..."/> child or <Import Project="Sdk.props" Sdk="..."/> forms.
        return project.Elements().Where(e => e.Name.LocalName is "Sdk" or "Import").Select(e => Attr(e, e.Name.LocalName == "Sdk" ? "Name" : "Sdk")).FirstOrDefault(s => s is not null);
    }

    private const int MaxImportDepth = 3;

    /// <summary>Reads property groups in document order; with a <paramref name="directory"/>, also the properties of imported files that exist (not the SDK's own, which are unexpanded <c>$(...)</c> paths).</summary>
    private static void ReadProperties(XElement project, Dictionary<string, string> properties, string? directory = null, int depth = 0)
    {
        foreach (var element in project.Elements())
        {
            if (element.Name.LocalName == "Import" && directory is not null && depth > 0 && Attr(element, "Sdk") is null && Applies(element, properties))
            {
                ReadImport(ExpandProperties(Attr(element, "Project") ?? string.Empty, properties), directory, properties, depth);
                continue;
            }

            if (element.Name.LocalName != "PropertyGroup" || !Applies(element, properties))
            {
                continue;
            }

            foreach (var property in element.Elements())
            {
                if (Applies(property, properties))
                {
                    properties[property.Name.LocalName] = ExpandProperties(property.Value.Trim(), properties);
                }
            }
        }
    }

    private static void ReadImport(string path, string directory, Dictionary<string, string> properties, int depth)
    {
        if (path.Length == 0 || path.Contains("$(", StringComparison.Ordinal) || path.Contains('*', StringComparison.Ordinal))
        {
            return;
        }

        var full = Path.GetFullPath(Path.Combine(directory, path.Replace('\\', '/')));
        if (SafeXml.TryLoad(full)?.Root is not { } imported)
        {
            return;
        }

        var thisFile = properties.GetValueOrDefault("MSBuildThisFileDirectory");
        var importDirectory = Path.GetDirectoryName(full)!;
        properties["MSBuildThisFileDirectory"] = importDirectory + "/";
        ReadProperties(imported, properties, importDirectory, depth - 1);
        if (thisFile is not null)
        {
            properties["MSBuildThisFileDirectory"] = thisFile;
        }
    }

    /// <summary>
    /// Conditions are not evaluated; a few common shapes are understood: <c>'$(X)' == ''</c> defaults, Debug-configuration
    /// groups (Release ones are skipped) and the usual Exists() imports. Others are read as true, which suits the reader's purpose.
    /// </summary>
    private static bool Applies(XElement element, Dictionary<string, string> properties)
    {
        var condition = Attr(element, "Condition");
        if (condition is null)
        {
            return true;
        }

        if (condition.Contains("Release", StringComparison.OrdinalIgnoreCase) && !condition.Contains("Debug", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var empty = EmptyTest().Match(condition);
        if (empty.Success)
        {
            var isEmpty = properties.GetValueOrDefault(empty.Groups["name"].Value, string.Empty).Length == 0;
            return empty.Groups["op"].Value == "==" ? isEmpty : !isEmpty;
        }

        return true;
    }

    private static string ExpandProperties(string value, Dictionary<string, string> properties) =>
        PropertyReference().Replace(value, m => properties.TryGetValue(m.Groups["name"].Value, out var v) ? v : m.Value);

    private static IEnumerable<string> Includes(IEnumerable<XElement> items, string itemName, string directory, Func<string, string> expand) =>
        items.Where(e => e.Name.LocalName == itemName)
            .Select(e => Attr(e, "Include"))
            .OfType<string>()
            .SelectMany(i => expand(i).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(i => !i.Contains("$(", StringComparison.Ordinal) && !i.Contains("@(", StringComparison.Ordinal))
            .Select(i => Path.GetFullPath(Path.Combine(directory, i.Replace('\\', '/'))));

    private static List<string> SourceFiles(string directory, string language, ProjectStyle style, List<XElement> items, Dictionary<string, string> properties, Lazy<List<string>> tree)
    {
        var extension = language == LanguageNames.VisualBasic ? ".vb" : ".cs";
        return ItemFiles(directory, tree, style, items, properties, ["Compile"], "EnableDefaultCompileItems", f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase), _ => true);
    }

    /// <summary>
    /// The files an item list holds: the SDK's default glob (unless <paramref name="defaultSwitch"/> or EnableDefaultItems is false)
    /// filtered by <paramref name="byDefault"/>, plus the items' Include kept by <paramref name="included"/>, minus their Remove.
    /// </summary>
    private static List<string> ItemFiles(
        string directory,
        Lazy<List<string>> tree,
        ProjectStyle style,
        List<XElement> items,
        Dictionary<string, string> properties,
        string[] itemNames,
        string defaultSwitch,
        Func<string, bool> byDefault,
        Func<string, bool> included)
    {
        var files = new List<string>();
        bool IsFalse(string name) => properties.GetValueOrDefault(name)?.Equals("false", StringComparison.OrdinalIgnoreCase) == true;
        if (style == ProjectStyle.Sdk && !IsFalse("EnableDefaultItems") && !IsFalse(defaultSwitch))
        {
            files.AddRange(tree.Value.Where(byDefault));
        }

        foreach (var item in items.Where(e => itemNames.Contains(e.Name.LocalName, StringComparer.Ordinal)))
        {
            var include = Attr(item, "Include");
            var remove = Attr(item, "Remove");
            if (include is not null)
            {
                files.AddRange(Match(directory, ExpandProperties(include, properties), tree).Where(included));
            }

            if (remove is not null)
            {
                var removed = Match(directory, ExpandProperties(remove, properties), tree).ToHashSet(StringComparer.Ordinal);
                files.RemoveAll(removed.Contains);
            }
        }

        return files.Distinct(StringComparer.Ordinal).Where(File.Exists).ToList();
    }

    private static IEnumerable<string> Match(string directory, string patterns, Lazy<List<string>> tree)
    {
        foreach (var pattern in patterns.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (pattern.Contains("$(", StringComparison.Ordinal) || pattern.Contains("@(", StringComparison.Ordinal))
            {
                continue;
            }

            var normal = pattern.Replace('\\', '/');
            if (!normal.Contains('*', StringComparison.Ordinal) && !normal.Contains('?', StringComparison.Ordinal))
            {
                yield return Path.GetFullPath(Path.Combine(directory, normal));
                continue;
            }

            if (normal.StartsWith("../", StringComparison.Ordinal) || normal.Contains("/../", StringComparison.Ordinal))
            {
                continue; // a wildcard outside the project folder: the files below it are all a glob can match here
            }

            Glob glob;
            try
            {
                glob = Glob.ForPaths(normal);
            }
            catch (ArgumentException)
            {
                continue; // a pattern the glob cannot read (an empty segment): left out rather than failing the scan
            }

            foreach (var file in tree.Value)
            {
                if (glob.IsMatch(Path.GetRelativePath(directory, file).Replace('\\', '/')))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>Files below a project folder as the SDK's default globs see them: no bin/, obj/ or hidden folders, no symbolic-link loops.</summary>
    private static List<string> FilesBelow(string directory)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var result = new List<string>();
        var pending = new Stack<string>([directory]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            result.AddRange(Directory.EnumerateFiles(current, "*", options));
            foreach (var sub in Directory.EnumerateDirectories(current, "*", options))
            {
                var name = Path.GetFileName(sub);
                if (name is not ("bin" or "obj") && !name.StartsWith('.'))
                {
                    pending.Push(sub);
                }
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private static List<PackageItem> PackagesConfig(string directory)
    {
        var document = SafeXml.TryLoad(Path.Combine(directory, "packages.config"));
        return document?.Root?.Elements().Where(e => e.Name.LocalName == "package")
            .Select(e => (Id: Attr(e, "id"), Version: Attr(e, "version")))
            .Where(p => p.Id is not null)
            .Select(p => new PackageItem(p.Id!, p.Version, PackageSources.PackagesConfig))
            .ToList() ?? [];
    }

    private static Dictionary<string, string> CentralPackageVersions(string directory, Dictionary<string, string> properties)
    {
        var file = FindAbove(directory, "Directory.Packages.props");
        var root = file is null ? null : SafeXml.TryLoad(file)?.Root;
        return root?.Descendants().Where(e => e.Name.LocalName == "PackageVersion" && Attr(e, "Include") is not null && Attr(e, "Version") is not null)
            .GroupBy(e => Attr(e, "Include")!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => ExpandProperties(Attr(g.Last(), "Version")!, properties), StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    }

    private static string? FindAbove(string directory, string fileName)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? Attr(XElement element, string name) => (string?)element.Attribute(name);

    private static string? Child(XElement element, string name) => element.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();

    [GeneratedRegex(@"\$\((?<name>[A-Za-z_][A-Za-z0-9_.-]*)\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PropertyReference();

    [GeneratedRegex(@"^\s*'\$\((?<name>[A-Za-z_][A-Za-z0-9_]*)\)'\s*(?<op>==|!=)\s*''\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmptyTest();
}
