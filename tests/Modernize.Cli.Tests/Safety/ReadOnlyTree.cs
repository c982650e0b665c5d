using Modernize.Testing;

namespace Modernize.Cli.Tests.Safety;

/// <summary>
/// Makes a folder read-only for the duration of a test: write bits cleared (enough for a normal user) and, when running as
/// root (who ignores write bits), a read-only bind mount over it when the machine allows mounting.
/// </summary>
internal sealed class ReadOnlyTree : IDisposable
{
    private readonly string folder;

    public ReadOnlyTree(string folder)
    {
        this.folder = folder;
        SetWritable(writable: false);
        IsMounted = Environment.UserName == "root" && Run("mount", "--bind", "-o", "ro", folder, folder);
    }

    /// <summary>Whether even root cannot write (a read-only mount is in place).</summary>
    public bool IsMounted { get; }

    public void Dispose()
    {
        if (IsMounted)
        {
            Run("umount", folder);
        }

        SetWritable(writable: true);
    }

    internal static bool Run(string command, params string[] arguments)
    {
        try
        {
            return ProcessRunner.Run(command, arguments, timeout: TimeSpan.FromSeconds(30)).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private void SetWritable(bool writable)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).Append(new DirectoryInfo(folder));
        foreach (var entry in entries.Where(e => e.LinkTarget is null))
        {
            var mode = File.GetUnixFileMode(entry.FullName);
            const UnixFileMode write = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
            File.SetUnixFileMode(entry.FullName, writable ? mode | UnixFileMode.UserWrite : mode & ~write);
        }
    }
}
