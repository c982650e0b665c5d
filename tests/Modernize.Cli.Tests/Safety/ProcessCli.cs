using System.Diagnostics;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Safety;

/// <summary>The built CLI as a child process with its own environment, for tests about processes: PATH, temp folder, signals.</summary>
internal static class ProcessCli
{
    public static string Dotnet { get; } = FindDotnet();

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "modernize.dll");

    public static ProcessResult Run(string workingDirectory, IDictionary<string, string>? environment, params string[] arguments) =>
        ProcessRunner.Run(Dotnet, [Dll, .. arguments], workingDirectory, environment, TimeSpan.FromMinutes(4));

    /// <summary>The CLI's commands with the crash tests' pause in the store (tests/Modernize.Cli.FaultHost); the shipped CLI has none.</summary>
    public static string FaultHostDll => Path.Combine(AppContext.BaseDirectory, "modernize-faulthost.dll");

    /// <summary>Starts the CLI without waiting (output discarded), for tests that kill it.</summary>
    public static Process Start(string workingDirectory, IDictionary<string, string> environment, params string[] arguments) =>
        StartDll(Dll, workingDirectory, environment, arguments);

    /// <summary>Starts the fault host (<see cref="FaultHostDll"/>) without waiting, for tests that kill it mid-write.</summary>
    public static Process StartFaultHost(string workingDirectory, IDictionary<string, string> environment, params string[] arguments) =>
        StartDll(FaultHostDll, workingDirectory, environment, arguments);

    private static Process StartDll(string dll, string workingDirectory, IDictionary<string, string> environment, string[] arguments)
    {
        var info = new ProcessStartInfo(Dotnet) { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling; false when the process ended or the time ran out first.</summary>
    public static bool WaitFor(Process process, Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (condition())
            {
                return true;
            }

            if (process.HasExited)
            {
                return condition();
            }

            Thread.Sleep(50);
        }

        return false;
    }

    /// <summary>The dotnet executable running the tests, by absolute path: tests may hand the CLI a PATH without it.</summary>
    private static string FindDotnet()
    {
        var host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            return host;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Prepend(root ?? string.Empty);
        return candidates.Where(c => c.Length > 0).Select(c => Path.Combine(c, "dotnet")).FirstOrDefault(File.Exists) ?? "dotnet";
    }
}
