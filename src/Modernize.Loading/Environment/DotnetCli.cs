using Modernize.Loading.Processes;

namespace Modernize.Loading.Environment;

/// <summary>Runs the dotnet CLI (restore only) through <see cref="ChildProcess"/>, the runner git uses too; never used in safe mode.</summary>
public static class DotnetCli
{
    /// <summary>No telemetry or first-run banner, and none of the caller's MSBuild process settings leaking into the child build.</summary>
    private static readonly Dictionary<string, string?> DotnetEnvironment = new(StringComparer.Ordinal)
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["MSBUILD_EXE_PATH"] = null,
        ["MSBuildExtensionsPath"] = null,
        ["MSBuildSDKsPath"] = null,
    };

    /// <summary>Runs dotnet; a timeout is an exit code of -1 with the reason in <see cref="ProcessResult.Error"/>, cancellation throws.</summary>
    public static Task<ProcessResult> RunAsync(string dotnet, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken) =>
        ChildProcess.RunAsync(new ProcessCommand(dotnet, [.. arguments], workingDirectory, DotnetEnvironment), timeout, cancellationToken);
}
