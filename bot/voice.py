"""Voice messages in, as a part of the Engine: transcribe, read back, act only when confirmed.

A voice note is transcribed by the locale's recognizer (:mod:`bot.asr`), and the transcript
is read back ("I heard: …, right?") with yes/no buttons. Only a confirmed transcript is
read as if it had been typed. Speech recognition makes mistakes, and acting on a misheard
"lost my ID card" would send someone down the wrong procedure.

A voice note in a language without a recognizer, or a second miss (nothing heard, or the
user said no), goes to a person: a handoff that keeps the recording for the operator
(:class:`bot.voiceclips.VoiceClips`, deleted with the handoff by the retention purge).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot.answers import payload
from bot.asr import ASRError, SpeechRecognition
from bot.handoffs import HandoffReason
from bot.replies import Button, msg
from bot.voiceclips import VoiceClips

if TYPE_CHECKING:
    from bot.engine import _Context

log = logging.getLogger(__name__)

MAX_VOICE_MISSES = 2  # transcripts rejected (or nothing heard) before a person takes over
VOICE_PAYLOAD = "voice"


class VoiceMixin:
    """Mixed into :class:`bot.engine.Engine`."""

    _asr: SpeechRecognition | None
    _clips: VoiceClips | None

    if TYPE_CHECKING:  # provided by the Engine

        async def _handle_text(self, ctx: _Context, text: str) -> None: ...

        async def _stale(self, ctx: _Context) -> None: ...

        async def _handoff(
            self,
            ctx: _Context,
            reason: HandoffReason,
            service_id: str | None,
            *,
            audio_ref: str | None = None,
            lead: str | None = None,
        ) -> None: ...

        def _menu_button(self) -> Button: ...

        def _human_button(self) -> Button: ...

    async def _voice(self, ctx: _Context, audio: bytes) -> None:
        """A voice note: read back what was heard, or hand it to a person."""
        waiting = waiting_transcript(ctx)
        misses = int(waiting.get("misses", 0))
        await self._drop_clip(waiting)  # a new recording replaces the one awaiting confirmation
        if self._asr is None or not self._asr.supports(ctx.locale):
            await self._voice_handoff(ctx, HandoffReason.VOICE_UNSUPPORTED, audio, "voice-unsupported")
            return
        heard = ""  # also when the channel could not fetch the recording
        if audio:
            try:
                heard = (await self._asr.transcribe(audio, ctx.locale)).text.strip()
            except ASRError as exc:  # undecodable or failed: the message names the step, not the audio
                log.warning("a voice message could not be transcribed: %s", exc)
        if not heard:
            await self._voice_missed(ctx, misses + 1, audio)
            return
        clip = await self._clips.keep(audio) if self._clips is not None else None  # for a handoff
        ctx.session.pending = {"kind": "voice", "text": heard, "misses": misses, "clip": clip}
        ctx.say(
            msg("voice-heard", text=heard),
            buttons=[
                Button(label=msg("voice-yes"), payload=payload(VOICE_PAYLOAD, value="yes")),
                Button(label=msg("voice-no"), payload=payload(VOICE_PAYLOAD, value="no")),
            ],
            speak=True,
        )

    async def _voice_answer(self, ctx: _Context, data: dict[str, Any]) -> None:
        """The user's yes or no to a transcript read back."""
        waiting = waiting_transcript(ctx)
        heard = waiting.get("text")
        if not isinstance(heard, str) or data.get("value") not in ("yes", "no"):
            await self._stale(ctx)
            return
        if data["value"] == "yes":
            ctx.session.pending = None
            await self._drop_clip(waiting)
            await self._handle_text(ctx, heard)
            return
        clip = waiting.get("clip")
        await self._voice_missed(ctx, int(waiting.get("misses", 0)) + 1, clip_ref=clip)

    async def _voice_missed(
        self, ctx: _Context, misses: int, audio: bytes | None = None, *, clip_ref: str | None = None
    ) -> None:
        if misses >= MAX_VOICE_MISSES:
            await self._voice_handoff(
                ctx, HandoffReason.TRANSCRIPT_REJECTED, audio, "voice-not-understood", clip_ref
            )
            return
        if clip_ref is not None and self._clips is not None:
            await self._clips.delete(clip_ref)
        ctx.session.pending = {"kind": "voice", "misses": misses}
        ctx.say(msg("voice-retry"), buttons=[self._menu_button(), self._human_button()], speak=True)

    async def _voice_handoff(
        self,
        ctx: _Context,
        reason: HandoffReason,
        audio: bytes | None,
        lead: str,
        clip_ref: str | None = None,
    ) -> None:
        if clip_ref is None and audio and self._clips is not None:
            clip_ref = await self._clips.keep(audio)
        ctx.session.pending = None
        await self._handoff(ctx, reason, None, audio_ref=clip_ref, lead=lead)

    async def _drop_voice(self, ctx: _Context) -> None:
        """Forget a transcript awaiting confirmation (the user moved on), with its recording."""
        waiting = waiting_transcript(ctx)
        if waiting:
            ctx.session.pending = None
            await self._drop_clip(waiting)

    async def _drop_clip(self, waiting: dict[str, Any]) -> None:
        clip = waiting.get("clip")
        if isinstance(clip, str) and self._clips is not None:
            await self._clips.delete(clip)


def waiting_transcript(ctx: _Context) -> dict[str, Any]:
    """The transcript awaiting confirmation (``pending`` of kind voice), or ``{}``."""
    pending = ctx.session.pending or {}
    return pending if pending.get("kind") == "voice" else {}
