namespace Modernize.Loading.MsBuild;

/// <summary>A temporary folder for everything a design-time build writes (obj/, bin/, restore output); deleted with the loaded workspace.</summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "modernize-scan-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose() => Environment.ReferenceAssemblyRestorer.TryDelete(Path);
}
