namespace Modernize.Testing;

/// <summary>Locates the repository and its fixtures from a test's working folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Modernize.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Modernize.sln not found above " + AppContext.BaseDirectory);
    }
}
