namespace Modernize.Loading.Environment;

/// <summary>
/// A global.json pinning an SDK that is not installed makes hostfxr (and so the workspace's build host and dotnet restore)
/// fail. The scan goes on with the installed SDK: restore runs from the scratch folder, where no global.json applies, and
/// MSBuild's SDK resolver is pointed at the located SDK through its DOTNET_MSBUILD_SDK_RESOLVER_* overrides while the workspace loads.
/// </summary>
public sealed class GlobalJsonWorkaround
{
    private readonly Dictionary<string, string> variables;

    private GlobalJsonWorkaround(string? workingDirectory, Dictionary<string, string> variables)
    {
        WorkingDirectory = workingDirectory;
        this.variables = variables;
    }

    /// <summary>Where to run dotnet commands so the pin does not apply; null when there is no unsatisfied pin.</summary>
    public string? WorkingDirectory { get; }

    public static GlobalJsonWorkaround Prepare(string root, MsBuildEnvironment environment, string scratch, List<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(warnings);
        var pin = GlobalJsonPin.Find(root);
        var installed = environment.InstalledSdks;
        if (pin is null || pin.IsSatisfiedBy(installed))
        {
            return new GlobalJsonWorkaround(null, []);
        }

        warnings.Add($"{pin.File} pins .NET SDK {pin.Version} (rollForward {pin.RollForward}), which is not installed; scanning with the installed SDK {environment.SdkVersion}: projects the build host cannot open under the pin are read from their project files (fidelity mode fallback)");
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DOTNET_MSBUILD_SDK_RESOLVER_SDKS_DIR"] = Path.Combine(environment.MsBuildPath, "Sdks"),
            ["DOTNET_MSBUILD_SDK_RESOLVER_SDKS_VER"] = new DirectoryInfo(environment.MsBuildPath.TrimEnd('/', '\\')).Name,
        };
        if (environment.DotnetRoot is not null)
        {
            variables["DOTNET_MSBUILD_SDK_RESOLVER_CLI_DIR"] = environment.DotnetRoot;
        }

        return new GlobalJsonWorkaround(scratch, variables);
    }

    /// <summary>Sets the resolver overrides for this process (and the build host it starts) until disposed.</summary>
    public IDisposable Apply() => new EnvironmentScope(variables);

    private sealed class EnvironmentScope : IDisposable
    {
        private readonly Dictionary<string, string?> previous = new(StringComparer.Ordinal);

        public EnvironmentScope(Dictionary<string, string> variables)
        {
            foreach (var (name, value) in variables)
            {
                previous[name] = System.Environment.GetEnvironmentVariable(name);
                System.Environment.SetEnvironmentVariable(name, value);
            }
        }

        public void Dispose()
        {
            foreach (var (name, value) in previous)
            {
                System.Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
