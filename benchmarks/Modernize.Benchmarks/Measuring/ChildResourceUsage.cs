using System.Runtime.InteropServices;

namespace Modernize.Benchmarks.Measuring;

/// <summary>
/// CPU time of every child process this process has waited for, and of their waited-for descendants (<c>getrusage(RUSAGE_CHILDREN)</c>):
/// the difference around one run is the CPU time of that run's whole process tree, build hosts included.
/// Daemons that outlive the run (MSBuild nodes, the compiler server) are not in it: they are nobody's waited-for child.
/// </summary>
internal static partial class ChildResourceUsage
{
    private const int RusageChildren = -1;

    public static TimeSpan CpuTime()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return TimeSpan.Zero;
        }

        if (GetResourceUsage(RusageChildren, out var usage) != 0)
        {
            throw new InvalidOperationException("getrusage failed: " + Marshal.GetLastPInvokeError());
        }

        return Seconds(usage.UserSeconds, usage.UserMicroseconds) + Seconds(usage.SystemSeconds, usage.SystemMicroseconds);
    }

    private static TimeSpan Seconds(long seconds, long microseconds) => TimeSpan.FromSeconds(seconds) + TimeSpan.FromMicroseconds(microseconds);

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>The head of <c>struct rusage</c> (two timevals), padded with the 14 longs that follow on 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public Padding Rest;
    }

    [System.Runtime.CompilerServices.InlineArray(14)]
    private struct Padding
    {
        private long element;
    }
}
