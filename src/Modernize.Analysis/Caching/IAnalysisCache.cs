namespace Modernize.Analysis.Caching;

/// <summary>
/// Results of costly analysis steps kept between scans (the scan store keeps them beside the extraction cache): one entry per
/// step, stored under the hash of the step's exact inputs, so a step whose inputs did not change is not computed again
/// (decision 51). Implementations do the I/O before and after the analysis; the analysis only asks and tells, synchronously.
/// </summary>
public interface IAnalysisCache
{
    /// <summary>The payload kept for <paramref name="key"/> under <paramref name="inputHash"/>; null when none is, or one under another hash.</summary>
    byte[]? Find(string key, string inputHash);

    /// <summary>Keeps <paramref name="payload"/> for <paramref name="key"/>, replacing what the key had under another hash.</summary>
    void Keep(string key, string inputHash, byte[] payload);
}
