namespace Modernize.Loading.Environment;

/// <summary>
/// One folder to pass as <c>TargetFrameworkRootPath</c> for every legacy project: <c>.NETFramework/vX</c> entries are symbolic links
/// to the chosen reference-assembly package folders, so projects of different framework versions (and versions with no package) all resolve.
/// Every other .NET Framework version links to its nearest installed set too: the version MSBuild evaluates (imports included)
/// may differ from the one read from the project file, and must never meet an empty folder.
/// </summary>
public static class FrameworkRootFolder
{
    private static readonly string[] KnownVersions =
        ["v2.0", "v3.0", "v3.5", "v4.0", "v4.5", "v4.5.1", "v4.5.2", "v4.6", "v4.6.1", "v4.6.2", "v4.7", "v4.7.1", "v4.7.2", "v4.8", "v4.8.1"];

    public static string Create(string parent, IEnumerable<FrameworkReferenceAssemblies.Choice> choices, FrameworkReferenceAssemblies? available = null)
    {
        var root = Path.Combine(parent, "netfx");
        var frameworks = Path.Combine(root, ".NETFramework");
        Directory.CreateDirectory(frameworks);
        var links = choices.Where(c => c.IsInstalled).DistinctBy(c => c.Requested, StringComparer.OrdinalIgnoreCase).ToList();
        if (available is not null)
        {
            links.AddRange(KnownVersions.Select(available.Choose).Where(c => c.IsInstalled));
        }

        foreach (var choice in links)
        {
            var link = Path.Combine(frameworks, choice.Requested);
            if (!Directory.Exists(link))
            {
                Directory.CreateSymbolicLink(link, choice.Folder);
            }
        }

        return root;
    }
}
