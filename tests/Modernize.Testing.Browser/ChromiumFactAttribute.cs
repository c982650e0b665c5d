using Xunit;

namespace Modernize.Testing.Browser;

/// <summary>A test that needs Debian's headless Chromium. Skipped with a reason only on a developer machine without it; in CI (CI set) it always runs.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"{Chromium.ExecutablePath} is absent: install it (apt-get install -y chromium) to run the browser tests; in CI (CI set) they never skip.";
        }
    }
}
