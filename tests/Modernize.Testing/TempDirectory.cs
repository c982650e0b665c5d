namespace Modernize.Testing;

/// <summary>A folder under the system temp folder, deleted (read-only bits cleared first) when disposed.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "modernize-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes <paramref name="content"/> to a relative path, creating folders.</summary>
    public string Write(string relativePath, string content)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Copies a folder (for example a fixture) into this one and returns the copy's path.</summary>
    public string CopyFrom(string sourceDirectory, string? name = null)
    {
        var target = Combine(name ?? new DirectoryInfo(sourceDirectory).Name);
        CopyTree(new DirectoryInfo(sourceDirectory), target);
        return target;
    }

    public void Dispose()
    {
        try
        {
            if (!Directory.Exists(Path))
            {
                return;
            }

            foreach (var entry in new DirectoryInfo(Path).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
            {
                if (entry.LinkTarget is null)
                {
                    entry.Attributes &= ~FileAttributes.ReadOnly;
                }
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the test that used it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CopyTree(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
        {
            file.CopyTo(System.IO.Path.Combine(target, file.Name), overwrite: true);
        }

        foreach (var dir in source.EnumerateDirectories())
        {
            if (dir.Name is "bin" or "obj")
            {
                continue;
            }

            CopyTree(dir, System.IO.Path.Combine(target, dir.Name));
        }
    }
}
