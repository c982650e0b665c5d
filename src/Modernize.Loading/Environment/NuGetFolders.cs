namespace Modernize.Loading.Environment;

/// <summary>Where NuGet keeps packages on this machine.</summary>
public static class NuGetFolders
{
    /// <summary>The global packages folder: NUGET_PACKAGES, else ~/.nuget/packages.</summary>
    public static string GlobalPackages
    {
        get
        {
            var configured = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            return string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages")
                : Path.GetFullPath(configured);
        }
    }

    /// <summary>The folder of one package version in the global packages folder (it may not exist).</summary>
    public static string PackageFolder(string id, string version) =>
        Path.Combine(GlobalPackages, id.ToLowerInvariant(), version.ToLowerInvariant());

    /// <summary>The folder of one package version in a given packages folder.</summary>
    public static string PackageFolderIn(string packagesFolder, string id, string version) =>
        Path.Combine(packagesFolder, id.ToLowerInvariant(), version.ToLowerInvariant());
}
