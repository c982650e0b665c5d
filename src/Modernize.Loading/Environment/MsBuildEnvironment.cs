using Microsoft.Build.Locator;

namespace Modernize.Loading.Environment;

/// <summary>The located .NET SDK: registered with MSBuildLocator once per process, before any MSBuild type is touched.</summary>
public sealed class MsBuildEnvironment
{
    private static readonly Lock Gate = new();
    private static MsBuildEnvironment? registered;

    private MsBuildEnvironment(string msBuildPath, Version sdkVersion)
    {
        MsBuildPath = msBuildPath;
        SdkVersion = sdkVersion;
        DotnetRoot = FindDotnetRoot(msBuildPath);
    }

    /// <summary>The SDK folder MSBuild runs from, for example <c>/usr/share/dotnet/sdk/10.0.401/</c>.</summary>
    public string MsBuildPath { get; }

    public Version SdkVersion { get; }

    /// <summary>The dotnet installation holding the SDK (with <c>sdk/</c>, <c>packs/</c>, <c>shared/</c>).</summary>
    public string? DotnetRoot { get; }

    /// <summary>Versions of the SDKs installed beside the located one.</summary>
    public IReadOnlyList<string> InstalledSdks => SdksIn(DotnetRoot);

    /// <summary>Versions of the SDKs installed in <paramref name="dotnetRoot"/> (none when it is null or has no <c>sdk/</c> folder).</summary>
    public static IReadOnlyList<string> SdksIn(string? dotnetRoot) =>
        dotnetRoot is null || !Directory.Exists(Path.Combine(dotnetRoot, "sdk"))
            ? []
            : Directory.EnumerateDirectories(Path.Combine(dotnetRoot, "sdk"))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(n => n.Length > 0 && char.IsDigit(n[0]))
                .Order(StringComparer.Ordinal)
                .ToList();

    /// <summary>The dotnet executable of the located SDK.</summary>
    public string DotnetExecutable =>
        DotnetRoot is not null && File.Exists(Path.Combine(DotnetRoot, "dotnet")) ? Path.Combine(DotnetRoot, "dotnet") : "dotnet";

    /// <summary>Registers the newest installed SDK's MSBuild (idempotent).</summary>
    public static MsBuildEnvironment Register()
    {
        lock (Gate)
        {
            if (registered is not null)
            {
                return registered;
            }

            // Query from the temp folder: hostfxr honours the global.json above the working folder, and a pin to an SDK that
            // is not installed would make the query throw.
            var instance = MSBuildLocator.QueryVisualStudioInstances(new VisualStudioInstanceQueryOptions { DiscoveryTypes = DiscoveryType.DotNetSdk, WorkingDirectory = Path.GetTempPath() })
                .OrderByDescending(i => i.Version)
                .FirstOrDefault()
                ?? throw new InvalidOperationException("no .NET SDK found: install the .NET SDK (10.0 or later) to scan with MSBuild, or use --safe");
            if (!MSBuildLocator.IsRegistered)
            {
                MSBuildLocator.RegisterInstance(instance);
            }

            registered = new MsBuildEnvironment(instance.MSBuildPath, instance.Version);
            return registered;
        }
    }

    /// <summary>Finds the dotnet root without MSBuild: from DOTNET_ROOT, the dotnet on PATH, or the usual install folders (safe mode uses this).</summary>
    public static string? FindDotnetRootWithoutMsBuild()
    {
        var candidates = new List<string?> { System.Environment.GetEnvironmentVariable("DOTNET_ROOT") };
        foreach (var dir in (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var exe = Path.Combine(dir, "dotnet");
            if (File.Exists(exe))
            {
                candidates.Add(Path.GetDirectoryName(new FileInfo(exe).ResolveLinkTarget(true)?.FullName ?? exe));
            }
        }

        candidates.AddRange(["/usr/share/dotnet", "/usr/lib/dotnet", "/usr/local/share/dotnet", Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".dotnet")]);
        return candidates.FirstOrDefault(c => c is not null && Directory.Exists(Path.Combine(c, "packs")));
    }

    private static string? FindDotnetRoot(string msBuildPath)
    {
        // MSBuildPath is <root>/sdk/<version>/.
        var sdkFolder = new DirectoryInfo(msBuildPath.TrimEnd('/', '\\'));
        var root = sdkFolder.Parent?.Parent;
        return root is not null && Directory.Exists(Path.Combine(root.FullName, "sdk")) ? root.FullName : FindDotnetRootWithoutMsBuild();
    }
}
