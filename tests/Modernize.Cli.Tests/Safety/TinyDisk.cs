namespace Modernize.Cli.Tests.Safety;

/// <summary>A small tmpfs (needs root and mount permission; null otherwise) that a test can fill to the last byte.</summary>
internal sealed class TinyDisk : IDisposable
{
    private TinyDisk(string path) => Path = path;

    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler");

    public static TinyDisk? TryMount(string path, int kilobytes)
    {
        Directory.CreateDirectory(path);
        return Environment.UserName == "root" && ReadOnlyTree.Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", path) ? new TinyDisk(path) : null;
    }

    /// <summary>Writes a file until the disk is full.</summary>
    public void Fill()
    {
        using var stream = new FileStream(Filler, FileMode.Create);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                stream.Write(block);
                stream.Flush();
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    public void Empty() => File.Delete(Filler);

    public void Dispose() => ReadOnlyTree.Run("umount", Path);
}
