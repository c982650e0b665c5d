using Modernize.Testing;

namespace Modernize.Cli.Tests.Scan;

/// <summary>Runs the real built CLI (modernize.dll beside the tests) as a child process, as a user or CI would.</summary>
internal static class ModernizeCli
{
    public static ProcessResult Run(string workingDirectory, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "modernize.dll");
        // A COLUMNS exported by the machine running the tests would change the tables' layout; the tests read the tool's own.
        return ProcessRunner.Run("dotnet", [dll, .. arguments], workingDirectory, new Dictionary<string, string> { ["COLUMNS"] = string.Empty }, TimeSpan.FromMinutes(5));
    }
}
