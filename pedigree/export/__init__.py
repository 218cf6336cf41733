"""Exports of the store for other tools: FollowTheMoney entities (`ftm`)."""
