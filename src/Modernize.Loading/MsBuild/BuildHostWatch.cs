using System.Globalization;

namespace Modernize.Loading.MsBuild;

/// <summary>
/// Ties Roslyn's build host to this process: the build host inherits <c>DOTNET_STARTUP_HOOKS</c> naming
/// <c>Modernize.BuildHostGuard.dll</c> (shipped beside the CLI) and <c>MODERNIZE_PARENT_PID</c>, and the hook ends the build
/// host once this process is gone, even while it still waits for its pipe connection (docs/reliability.md, decision 48).
/// Other programs Modernize starts get the environment as it was (<see cref="Processes.ChildProcess"/>).
/// </summary>
internal static class BuildHostWatch
{
    private const string HooksVariable = "DOTNET_STARTUP_HOOKS";
    private static readonly Lock Gate = new();
    private static bool installed;
    private static string? hooksBefore;
    private static string? parentBefore;

    /// <summary>Sets the variables the build host inherits; once per process, before the first workspace is created.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (installed)
            {
                return;
            }

            installed = true;
            var hook = typeof(StartupHook).Assembly.Location;
            if (hook.Length == 0 || !File.Exists(hook) || hook.Contains(Path.PathSeparator, StringComparison.Ordinal))
            {
                return; // single-file or an odd path: the build host runs unwatched, as before
            }

            hooksBefore = System.Environment.GetEnvironmentVariable(HooksVariable);
            parentBefore = System.Environment.GetEnvironmentVariable(StartupHook.ParentIdVariable);
            // A parent that is itself a scan (a test host, say) may have named another copy of the hook: two assemblies of one name cannot both load.
            var hooks = (hooksBefore ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(h => !string.Equals(Path.GetFileName(h), Path.GetFileName(hook), StringComparison.OrdinalIgnoreCase))
                .Append(hook);
            System.Environment.SetEnvironmentVariable(HooksVariable, string.Join(Path.PathSeparator, hooks));
            System.Environment.SetEnvironmentVariable(StartupHook.ParentIdVariable, System.Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The variables as they were before <see cref="Install"/>, for programs other than the build host (git, dotnet restore).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> EnvironmentBefore()
    {
        lock (Gate)
        {
            return installed && System.Environment.GetEnvironmentVariable(StartupHook.ParentIdVariable) is not null
                ? [new(HooksVariable, hooksBefore), new(StartupHook.ParentIdVariable, parentBefore)]
                : [];
        }
    }
}
