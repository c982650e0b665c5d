using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Threading;

#pragma warning disable CA1050 // The runtime looks for a type named StartupHook in no namespace.
#pragma warning disable CA1031 // A startup hook must never take its host down by throwing.

/// <summary>
/// Ends Roslyn's MSBuild build host once the scan that started it is gone. The build host's only tie to the scan is a named
/// pipe, and until the scan connects it waits on that pipe forever, so a scan killed at that moment left it running
/// (docs/reliability.md). The scan puts its process id in <c>MODERNIZE_PARENT_PID</c> and this assembly in
/// <c>DOTNET_STARTUP_HOOKS</c>; every other .NET process that inherits them (MSBuild nodes, the dotnet CLI) is left alone,
/// because the hook acts only inside the build host.
/// </summary>
public static class StartupHook
{
    public const string ParentIdVariable = "MODERNIZE_PARENT_PID";

    /// <summary>The build host's entry assembly (Microsoft.CodeAnalysis.Workspaces.MSBuild, BuildHost-netcore).</summary>
    public const string BuildHostAssembly = "Microsoft.CodeAnalysis.Workspaces.MSBuild.BuildHost";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Called by the runtime before the entry point.</summary>
    public static void Initialize()
    {
        try
        {
            if (!IsBuildHost() || !int.TryParse(Environment.GetEnvironmentVariable(ParentIdVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var parentId))
            {
                return;
            }

            var parentGone = ParentGoneCheck(parentId);
            var watch = new Thread(() => Watch(parentGone)) { IsBackground = true, Name = "modernize parent watch" };
            watch.Start();
        }
        catch (Exception)
        {
            // Without the watch the build host behaves as Roslyn made it; that is no reason to stop it.
        }
    }

    /// <summary>
    /// On Linux an orphan is handed to another parent, so a changed parent id is exact (a reused process id cannot fool it).
    /// Elsewhere, or when the scan is not the direct parent, the scan's process is watched (on Windows through its handle).
    /// </summary>
    private static Func<bool> ParentGoneCheck(int parentId)
    {
        if (OperatingSystem.IsLinux() && LinuxParentId() == parentId)
        {
            return () => LinuxParentId() != parentId;
        }

        Process parent;
        try
        {
            parent = Process.GetProcessById(parentId);
        }
        catch (ArgumentException)
        {
            return () => true; // gone before the build host started
        }

        return () =>
        {
            try
            {
                return parent.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        };
    }

    private static void Watch(Func<bool> parentGone)
    {
        while (!parentGone())
        {
            Thread.Sleep(Interval);
        }

        Environment.Exit(1);
    }

    /// <summary>The fourth field of <c>/proc/self/stat</c>, after the command name in parentheses (which may hold spaces).</summary>
    private static int LinuxParentId()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static bool IsBuildHost()
    {
        var name = Assembly.GetEntryAssembly()?.GetName().Name;
        if (name is null)
        {
            var arguments = Environment.GetCommandLineArgs();
            name = arguments.Length > 0 ? Path.GetFileNameWithoutExtension(arguments[0]) : null;
        }

        return string.Equals(name, BuildHostAssembly, StringComparison.Ordinal);
    }
}
