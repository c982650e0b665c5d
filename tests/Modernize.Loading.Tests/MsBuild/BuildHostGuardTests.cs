using System.Diagnostics;
using Modernize.Testing;

namespace Modernize.Loading.Tests.MsBuild;

/// <summary>
/// The startup hook that ends an orphaned build host (src/Modernize.BuildHostGuard), run in real processes: Roslyn's build
/// host, waiting for a pipe nobody connects to, and the dotnet CLI. The scan's own kill test is FaultTests in Cli.Tests.
/// </summary>
public sealed class BuildHostGuardTests
{
    private static readonly string Hook = typeof(StartupHook).Assembly.Location;

    [Fact]
    public void A_build_host_whose_scan_is_gone_exits_on_its_own()
    {
        var buildHost = Path.Combine(AppContext.BaseDirectory, "BuildHost-netcore", StartupHook.BuildHostAssembly + ".dll");
        Assert.True(File.Exists(buildHost), buildHost);

        // Without the hook this waits for its pipe forever and ProcessRunner's time limit throws.
        var result = ProcessRunner.Run("dotnet", ["--roll-forward", "LatestMajor", buildHost, Guid.NewGuid().ToString(), "en-US"], environment: HookEnvironment(GonePid()), timeout: TimeSpan.FromMinutes(1));

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Other_dotnet_processes_that_inherit_the_hook_are_left_alone()
    {
        // Were the hook to act here, the parent being gone would end the process at once with exit code 1.
        var result = ProcessRunner.Run("dotnet", ["msbuild", "-version", "-nologo"], environment: HookEnvironment(GonePid()), timeout: TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Matches(@"^\d+\.\d+", result.StandardOutput.Trim());
    }

    private static Dictionary<string, string> HookEnvironment(int parent) => new()
    {
        ["DOTNET_STARTUP_HOOKS"] = Hook,
        [StartupHook.ParentIdVariable] = parent.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The id of a process that has exited and been reaped.</summary>
    private static int GonePid()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
