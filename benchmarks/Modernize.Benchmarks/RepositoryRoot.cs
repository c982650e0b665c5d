namespace Modernize.Benchmarks;

/// <summary>The clone this benchmark runs from: the nearest folder above the binary holding Modernize.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Modernize.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Modernize.sln not found above " + AppContext.BaseDirectory);
    }
}
