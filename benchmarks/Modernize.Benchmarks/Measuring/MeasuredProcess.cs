using System.Diagnostics;
using System.Text;

namespace Modernize.Benchmarks.Measuring;

/// <summary>Runs a command to completion while sampling its process tree's memory every 100 ms.</summary>
internal static class MeasuredProcess
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(100);

    public static RunMeasurement Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var output = new StringBuilder();
        var cpuBefore = ChildResourceUsage.CpuTime();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        while (!process.WaitForExit(SampleInterval))
        {
            peak = Math.Max(peak, ProcessTree.ResidentBytes(process.Id));
        }

        process.WaitForExit(); // drains the redirected output
        var wall = clock.Elapsed;
        var cpu = ChildResourceUsage.CpuTime() - cpuBefore;
        lock (output)
        {
            return new RunMeasurement(wall, cpu, peak, process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
