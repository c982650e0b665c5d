using Modernize.Model.Autonomy;

namespace Modernize.Analysis.Autonomy;

/// <summary>Week or month buckets (UTC) for change volume over time.</summary>
public static class VelocityBuckets
{
    /// <summary>Histories spanning more than this many days are bucketed by month, shorter ones by week.</summary>
    public const int WeeklyUpToDays = 180;

    public static VelocityBucketSize SizeFor(DateTimeOffset oldest, DateTimeOffset newest) =>
        (newest - oldest).TotalDays > WeeklyUpToDays ? VelocityBucketSize.Month : VelocityBucketSize.Week;

    public static DateOnly StartOf(DateTimeOffset moment, VelocityBucketSize size)
    {
        var day = DateOnly.FromDateTime(moment.UtcDateTime);
        return size == VelocityBucketSize.Month
            ? new DateOnly(day.Year, day.Month, 1)
            : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>Every bucket start from the one holding <paramref name="oldest"/> to the one holding <paramref name="newest"/>.</summary>
    public static IReadOnlyList<DateOnly> Range(DateTimeOffset oldest, DateTimeOffset newest, VelocityBucketSize size)
    {
        var result = new List<DateOnly>();
        var last = StartOf(newest, size);
        for (var start = StartOf(oldest, size); start <= last; start = size == VelocityBucketSize.Month ? start.AddMonths(1) : start.AddDays(7))
        {
            result.Add(start);
        }

        return result;
    }
}
