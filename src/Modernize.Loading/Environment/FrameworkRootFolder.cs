namespace Modernize.Loading.Environment;

/// <summary>
/// One folder to pass as <c>TargetFrameworkRootPath</c> for every legacy project: <c>.NETFramework/vX</c> entries are symbolic links
/// to the chosen reference-assembly package folders, so projects of different framework versions (and versions with no package) all resolve.
/// </summary>
public static class FrameworkRootFolder
{
    public static string Create(string parent, IEnumerable<FrameworkReferenceAssemblies.Choice> choices)
    {
        var root = Path.Combine(parent, "netfx");
        var frameworks = Path.Combine(root, ".NETFramework");
        Directory.CreateDirectory(frameworks);
        foreach (var choice in choices.Where(c => c.IsInstalled).DistinctBy(c => c.Requested, StringComparer.OrdinalIgnoreCase))
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
