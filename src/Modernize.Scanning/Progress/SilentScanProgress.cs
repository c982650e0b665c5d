using Modernize.Extraction;

namespace Modernize.Scanning.Progress;

/// <summary>Progress for scans run inside another command (check, history), whose own lines would drown in per-project progress.</summary>
public sealed class SilentScanProgress : IScanProgress
{
    public static SilentScanProgress Instance { get; } = new();

    public void Stage(string name)
    {
    }

    public void Loading(string message)
    {
    }

    public void Extracting(ExtractionProgress progress)
    {
    }

    public void Detail(string message)
    {
    }
}
